package org.carefeed.testsupport;

import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.carefeed.platform.tokens.BearerTokens;
import org.carefeed.platform.tokens.PemKeys;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The token signing key of this test run, made fresh for the JVM (no key is ever checked in), given to
 * the services as they would be configured in production; and tokens signed as feedback-service signs
 * them, or deliberately not, for tests of who is let in.
 */
public final class TestTokens {

    public static final String KEY_ID = "test-run-key";
    /** A key being rotated out: no longer signs, still accepted until its tokens have expired. */
    public static final String PREVIOUS_KEY_ID = "test-run-previous-key";
    public static final String ISSUER = "carefeed-feedback-service";
    private static final KeyPair KEY = PemKeys.generate();
    private static final KeyPair PREVIOUS_KEY = PemKeys.generate();

    private TestTokens() {
    }

    /**
     * feedback-service signs with the key; both services verify with its public half, and with the
     * previous key's, as in the middle of a rotation.
     */
    public static void configureKeys(DynamicPropertyRegistry registry) {
        registry.add("carefeed.auth.signing-key.id", () -> KEY_ID);
        registry.add("carefeed.auth.signing-key.private-key", () -> PemKeys.pem(KEY.getPrivate()));
        registry.add("carefeed.auth.verification-keys[0].id", () -> KEY_ID);
        registry.add("carefeed.auth.verification-keys[0].public-key", () -> PemKeys.pem(KEY.getPublic()));
        registry.add("carefeed.auth.verification-keys[1].id", () -> PREVIOUS_KEY_ID);
        registry.add("carefeed.auth.verification-keys[1].public-key", () -> PemKeys.pem(PREVIOUS_KEY.getPublic()));
    }

    /** This run's signing key. */
    public static KeyPair key() {
        return KEY;
    }

    /** The private half of the key being rotated out, to sign tokens from before the rotation. */
    public static KeyPair previousKey() {
        return PREVIOUS_KEY;
    }

    /** A token for the account as feedback-service would give it now: this run's key, 15 minutes. */
    public static Token forAccount(String accountId, String... roles) {
        Instant now = Instant.now();
        return new Token(accountId, List.of(roles), 0, ISSUER, now, now.plus(Duration.ofMinutes(15)), KEY_ID, KEY);
    }

    /** What goes into one token; change any part, then {@link #sign()}. */
    public record Token(String accountId, List<String> roles, long passwordStamp, String issuer, Instant issuedAt,
            Instant expiresAt, String keyId, KeyPair key) {

        public Token passwordStamp(long stamp) {
            return new Token(accountId, roles, stamp, issuer, issuedAt, expiresAt, keyId, key);
        }

        public Token issuer(String otherIssuer) {
            return new Token(accountId, roles, passwordStamp, otherIssuer, issuedAt, expiresAt, keyId, key);
        }

        /** Issued {@code ago}, for as long as tokens last: expired once {@code ago} is longer. */
        public Token issuedAgo(Duration ago) {
            Instant issued = Instant.now().minus(ago);
            return new Token(accountId, roles, passwordStamp, issuer, issued,
                    issued.plus(Duration.between(issuedAt, expiresAt)), keyId, key);
        }

        /** Signed with another key, under this key id (null for none). */
        public Token signedWith(String otherKeyId, KeyPair otherKey) {
            return new Token(accountId, roles, passwordStamp, issuer, issuedAt, expiresAt, otherKeyId, otherKey);
        }

        /** The compact JWS, ES256, as feedback-service writes it. */
        public String sign() {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject(accountId)
                    .issueTime(Date.from(issuedAt)).expirationTime(Date.from(expiresAt))
                    .claim(BearerTokens.ROLES, roles).claim(BearerTokens.PASSWORD_STAMP, passwordStamp).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(keyId).build(), claims);
            try {
                jwt.sign(new ECDSASigner((ECPrivateKey) key.getPrivate()));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }
    }

    /** The same token with one bit of its signature flipped: what a forger who changed nothing else sends. */
    public static String withAlteredSignature(String token) {
        int dot = token.lastIndexOf('.');
        byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        signature[signature.length / 2] ^= 1;
        return token.substring(0, dot + 1) + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    /** The same token with its claims replaced (say, roles it never had) and its signature kept. */
    public static String withClaims(String token, String claimsJson) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                claimsJson.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** The claims of a token as JSON, read without checking it: to see what a service put in. */
    public static String claimsOf(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The header of a token as JSON. */
    public static String headerOf(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), java.nio.charset.StandardCharsets.UTF_8);
    }
}
