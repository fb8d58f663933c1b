package org.carefeed.feedback.auth;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code carefeed.auth.*}.
 *
 * @param tokenSecret   HMAC key that signs bearer tokens, at least 32 bytes; give it by environment
 *                      ({@code CAREFEED_AUTH_TOKEN_SECRET}). Without one a random key is made at start-up:
 *                      tokens then end with the process and are not shared between instances.
 * @param tokenLifetime how long a token is valid
 * @param issuer        the {@code iss} of the tokens this service signs and accepts
 */
@ConfigurationProperties("carefeed.auth")
record AuthProperties(
        String tokenSecret,
        @DefaultValue("15m") Duration tokenLifetime,
        @DefaultValue("carefeed-feedback-service") String issuer) {
}
