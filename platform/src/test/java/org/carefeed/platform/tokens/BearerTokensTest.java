package org.carefeed.platform.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

class BearerTokensTest {

    private static final String ISSUER = "carefeed-feedback-service";
    private final KeyPair current = PemKeys.generate();
    private final KeyPair previous = PemKeys.generate();
    private final JwtDecoder decoder = BearerTokens.decoder(BearerTokens.verificationKeys(List.of(
            new VerificationKey("2026-11", PemKeys.pem(current.getPublic())),
            new VerificationKey("2026-05", PemKeys.pem(previous.getPublic())))), ISSUER);

    @Test
    void acceptsTokensOfEveryConfiguredKeySoRotationNeedsNoDowntime() {
        assertThat(decoder.decode(token("2026-11", current, ISSUER, Instant.now().plusSeconds(600))).getSubject())
                .isEqualTo("account-1");
        assertThat(decoder.decode(token("2026-05", previous, ISSUER, Instant.now().plusSeconds(600))).getSubject())
                .isEqualTo("account-1");
    }

    @Test
    void refusesTokensOfOtherKeysOtherIssuersAndPastTheirTime() {
        KeyPair stranger = PemKeys.generate();

        assertThatThrownBy(() -> decoder.decode(token("2026-11", stranger, ISSUER, Instant.now().plusSeconds(600))))
                .as("a known key id, another key").isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(token("2025-01", stranger, ISSUER, Instant.now().plusSeconds(600))))
                .as("an unknown key id").isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(token(null, current, ISSUER, Instant.now().plusSeconds(600))))
                .as("no key id").isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(token("2026-11", current, "someone-else", Instant.now().plusSeconds(600))))
                .as("another issuer").isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(token("2026-11", current, ISSUER, Instant.now().minusSeconds(600))))
                .as("expired").isInstanceOf(JwtException.class);
    }

    @Test
    void badConfigurationIsRefusedNamingThePropertyAndItsEnvironmentVariable() {
        String key = PemKeys.pem(current.getPublic());

        assertThatThrownBy(() -> BearerTokens.verificationKeys(List.of(new VerificationKey(" ", key))))
                .hasMessageContaining("carefeed.auth.verification-keys[0].id (CAREFEED_AUTH_VERIFICATION_KEYS_0_ID)");
        assertThatThrownBy(() -> BearerTokens.verificationKeys(List.of(new VerificationKey("a", key),
                new VerificationKey("a", key)))).hasMessageContaining("[1].id").hasMessageContaining("unique");
        assertThatThrownBy(() -> BearerTokens.verificationKeys(List.of(new VerificationKey("a", "secret"))))
                .hasMessageContaining("CAREFEED_AUTH_VERIFICATION_KEYS_0_PUBLIC_KEY").hasMessageContaining("BEGIN PUBLIC KEY");
    }

    @Test
    void aMissingPasswordStampIsTheFirstPasswords() {
        assertThat(BearerTokens.samePasswordStamp(null, 0)).isTrue();
        assertThat(BearerTokens.samePasswordStamp(1_700_000_000_000L, 1_700_000_000_000L)).isTrue();
        assertThat(BearerTokens.samePasswordStamp(0, 1_700_000_000_000L)).isFalse();
        assertThat(BearerTokens.samePasswordStamp("1700000000000", 1_700_000_000_000L)).isFalse();
    }

    private static String token(String keyId, KeyPair key, String issuer, Instant expiresAt) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(keyId).build(),
                    new JWTClaimsSet.Builder().issuer(issuer).subject("account-1")
                            .issueTime(Date.from(expiresAt.minusSeconds(900))).expirationTime(Date.from(expiresAt))
                            .claim(BearerTokens.ROLES, List.of("ADMIN")).claim(BearerTokens.PASSWORD_STAMP, 0)
                            .build());
            jwt.sign(new ECDSASigner((ECPrivateKey) key.getPrivate()));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

}
