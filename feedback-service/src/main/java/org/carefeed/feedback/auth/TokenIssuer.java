package org.carefeed.feedback.auth;

import java.time.Clock;
import java.time.Instant;

import org.carefeed.feedback.account.Account;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Signs bearer tokens. A token names only the account: roles and providers are looked up afresh on
 * every request, so disabling an account or changing its providers takes effect at once.
 */
@Component
class TokenIssuer {

    private final JwtEncoder encoder;
    private final AuthProperties properties;
    private final Clock clock;

    TokenIssuer(JwtEncoder encoder, AuthProperties properties, Clock clock) {
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    TokenResponse issue(Account account) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(account.id())
                .issuedAt(now)
                .expiresAt(now.plus(properties.tokenLifetime()))
                .claim(Account.PASSWORD_CLAIM, account.passwordStamp())
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        return new TokenResponse(token, "Bearer", properties.tokenLifetime().toSeconds());
    }

    record TokenResponse(String accessToken, String tokenType, long expiresIn) {
    }
}
