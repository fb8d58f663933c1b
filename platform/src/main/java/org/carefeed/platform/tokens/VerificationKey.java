package org.carefeed.platform.tokens;

/**
 * A public key that tokens may be signed with, as configured: {@code carefeed.auth.verification-keys[n]}.
 *
 * @param id        the key id ({@code kid}) that tokens signed with its private key carry
 * @param publicKey the EC P-256 public key in PEM ({@code BEGIN PUBLIC KEY})
 */
public record VerificationKey(String id, String publicKey) {
}
