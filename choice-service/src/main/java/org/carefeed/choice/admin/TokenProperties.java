package org.carefeed.choice.admin;

import java.util.List;

import org.carefeed.platform.tokens.VerificationKey;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code carefeed.auth.*}: which tokens the admin API accepts. The same names as in feedback-service,
 * which signs them.
 *
 * @param verificationKeys the public keys, by key id, that feedback-service signs tokens with: the
 *                         current one, and during a rotation the next or the previous one too
 * @param generateKey      for development and tests only: start without verification keys (the admin
 *                         API then accepts no token); without it and without keys the service refuses
 *                         to start
 * @param issuer           the {@code iss} of feedback-service's tokens
 */
@ConfigurationProperties("carefeed.auth")
record TokenProperties(
        @DefaultValue List<VerificationKey> verificationKeys,
        @DefaultValue("false") boolean generateKey,
        @DefaultValue("carefeed-feedback-service") String issuer) {
}
