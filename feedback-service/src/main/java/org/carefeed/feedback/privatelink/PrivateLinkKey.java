package org.carefeed.feedback.privatelink;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import org.carefeed.feedback.Sha256;

/**
 * The secret of a private link: 256 random bits, base64url. Only its SHA-256 is stored; a plain hash
 * is enough here (unlike passwords) because the secret is random and too long to guess or brute-force.
 *
 * @param secret what goes in the link, given to its owner once
 * @param hash   what is stored and looked up
 */
public record PrivateLinkKey(String secret, String hash) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern WELL_FORMED = Pattern.compile("^[A-Za-z0-9_-]{43}$");

    public static PrivateLinkKey generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new PrivateLinkKey(secret, Sha256.hex(secret));
    }

    /** The stored hash for a secret from a link; empty when it cannot be one of ours, so nothing matches. */
    public static Optional<String> hashOf(String secret) {
        return secret == null || !WELL_FORMED.matcher(secret).matches() ? Optional.empty() : Optional.of(Sha256.hex(secret));
    }

}
