package org.carefeed.feedback.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HMAC-SHA256 key for bearer tokens: the configured secret, or a random one for this process. */
final class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);
    static final int MIN_BYTES = 32;

    private SigningKey() {
    }

    static SecretKey from(AuthProperties properties) {
        byte[] secret;
        if (properties.tokenSecret() == null || properties.tokenSecret().isBlank()) {
            log.warn("No carefeed.auth.token-secret is set: signing tokens with a random key, so tokens end "
                    + "when this process stops and other instances do not accept them.");
            secret = new byte[MIN_BYTES];
            new SecureRandom().nextBytes(secret);
        } else {
            secret = properties.tokenSecret().getBytes(StandardCharsets.UTF_8);
            if (secret.length < MIN_BYTES) {
                throw new IllegalStateException("carefeed.auth.token-secret must be at least " + MIN_BYTES
                        + " bytes long for HMAC-SHA256");
            }
        }
        return new SecretKeySpec(secret, "HmacSHA256");
    }
}
