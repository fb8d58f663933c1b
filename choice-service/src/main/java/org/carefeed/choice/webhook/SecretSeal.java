package org.carefeed.choice.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Seals signing secrets before they are stored, with AES-256-GCM under
 * {@code carefeed.webhooks.secret-encryption-key}, so a copy of the database (a backup, a dump) does not
 * give away the secrets that prove deliveries genuine. The subscription's id is bound in as associated
 * data, so a sealed secret copied onto another subscription does not open. Without a key, secrets are
 * stored as issued, and the service says so at start.
 */
@Component
class SecretSeal {

    private static final Logger log = LoggerFactory.getLogger(SecretSeal.class);
    private static final String SEALED = "aesgcm:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    @Autowired
    SecretSeal(WebhookProperties properties) {
        this(properties.secretEncryptionKey());
        if (key == null) {
            log.warn("carefeed.webhooks.secret-encryption-key is not set: webhook signing secrets are stored "
                    + "unencrypted. Set it (32 random bytes, base64) in production.");
        }
    }

    SecretSeal(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            this.key = null;
            return;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("carefeed.webhooks.secret-encryption-key must be base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException("carefeed.webhooks.secret-encryption-key must be 32 bytes "
                    + "(256 bits), base64; it is " + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    String seal(String subscriptionId, String secret) {
        if (key == null) {
            return secret;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, subscriptionId);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return SEALED + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a webhook secret", e);
        }
    }

    /** The secret as issued; one stored before a key was set is read as it is. */
    String open(String subscriptionId, String stored) {
        if (!stored.startsWith(SEALED)) {
            return stored;
        }
        if (key == null) {
            throw new IllegalStateException("A webhook secret is sealed, and carefeed.webhooks.secret-encryption-key "
                    + "is not set");
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(SEALED.length()));
        byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, subscriptionId);
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A webhook secret does not open with the configured key", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String subscriptionId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(subscriptionId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
