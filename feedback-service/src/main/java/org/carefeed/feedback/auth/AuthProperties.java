package org.carefeed.feedback.auth;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.carefeed.feedback.account.Role;
import org.carefeed.platform.tokens.VerificationKey;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code carefeed.auth.*}: how bearer tokens are signed and checked.
 *
 * @param signingKey       the key this service signs tokens with; required unless {@code generateKey}
 * @param verificationKeys the public keys tokens may be signed with, the signing key's among them, and
 *                         during a rotation the previous key's, so its tokens last until they expire
 * @param generateKey      for development and tests only: without a signing key, make a throwaway key
 *                         pair for this process (its tokens end with it, and nothing else accepts them)
 * @param tokenLifetime    how long a token is valid
 * @param issuer           the {@code iss} of the tokens this service signs and accepts
 * @param secondFactorRequiredRoles accounts with any of these roles must sign in with a one-time code
 *                         too; until they have set one up, their tokens reach only their own account
 *                         (to set it up), never their roles' endpoints
 */
@ConfigurationProperties("carefeed.auth")
record AuthProperties(
        SigningKey signingKey,
        @DefaultValue List<VerificationKey> verificationKeys,
        @DefaultValue("false") boolean generateKey,
        @DefaultValue("15m") Duration tokenLifetime,
        @DefaultValue("carefeed-feedback-service") String issuer,
        @DefaultValue({"MODERATOR", "ADMIN"}) Set<Role> secondFactorRequiredRoles) {

    /**
     * @param id         the key id ({@code kid}) put in the header of every token signed with it
     * @param privateKey the EC P-256 private key in PKCS#8 PEM ({@code BEGIN PRIVATE KEY})
     */
    record SigningKey(String id, String privateKey) {
    }
}
