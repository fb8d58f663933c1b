package org.carefeed.feedback.auth;

import java.time.Clock;
import java.time.Instant;

import org.carefeed.feedback.account.Account;
import org.carefeed.platform.tokens.BearerTokens;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Signs bearer tokens with ES256 and the signing key's id. A token names the account, its roles and
 * the stamp of the password it was obtained with. This service reads the account afresh on every
 * request all the same, so disabling an account or changing its providers takes effect at once here;
 * the roles are for choice-service, which cannot look accounts up and checks them against the
 * announcements on the accounts topic. Providers are left out: no one else needs them.
 */
@Component
class TokenIssuer {

    private final JwtEncoder encoder;
    private final TokenKeys keys;
    private final AuthProperties properties;
    private final Clock clock;

    TokenIssuer(JwtEncoder encoder, TokenKeys keys, AuthProperties properties, Clock clock) {
        this.encoder = encoder;
        this.keys = keys;
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
                .claim(BearerTokens.ROLES, account.roleNames())
                .claim(BearerTokens.PASSWORD_STAMP, account.passwordStamp())
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.ES256).keyId(keys.signing().getKeyID()).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new TokenResponse(token, "Bearer", properties.tokenLifetime().toSeconds());
    }

    record TokenResponse(String accessToken, String tokenType, long expiresIn) {
    }
}
