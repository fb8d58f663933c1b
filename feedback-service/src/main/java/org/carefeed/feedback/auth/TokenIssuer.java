package org.carefeed.feedback.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.carefeed.feedback.account.Account;
import org.carefeed.platform.tokens.BearerTokens;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
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

    /** The token's {@code amr} (RFC 8176): how its holder signed in. */
    static final String METHODS = "amr";
    private static final String ONE_TIME_CODE = "otp";

    /**
     * A token for the account, signed in with its password and, if {@code withCode}, a one-time code.
     * It names the account's roles only if it reaches them: a token that may only set up a second
     * factor carries none, so choice-service gives it nothing either.
     */
    TokenResponse issue(Account account, boolean withCode, boolean reachesRoles) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(account.id())
                .issuedAt(now)
                .expiresAt(now.plus(properties.tokenLifetime()))
                .claim(BearerTokens.ROLES, reachesRoles ? account.roleNames() : List.of())
                .claim(METHODS, withCode ? List.of("pwd", ONE_TIME_CODE) : List.of("pwd"))
                .claim(BearerTokens.PASSWORD_STAMP, account.passwordStamp())
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.ES256).keyId(keys.signing().getKeyID()).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new TokenResponse(token, "Bearer", properties.tokenLifetime().toSeconds(), !reachesRoles);
    }

    /** Whether the token was obtained with a one-time code. */
    static boolean signedInWithCode(Jwt jwt) {
        List<String> methods = jwt.getClaimAsStringList(METHODS);
        return methods != null && methods.contains(ONE_TIME_CODE);
    }

    /** @param secondFactorSetupRequired the token reaches only the account's own endpoints, to set one up */
    record TokenResponse(String accessToken, String tokenType, long expiresIn, boolean secondFactorSetupRequired) {
    }
}
