package org.carefeed.feedback.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code carefeed.rate-limits.*}: how many requests one client address may make per window, counted
 * across every instance of the service. Behind a proxy, list it in {@code carefeed.trusted-proxies} so
 * the client's address, not the proxy's, counts (see {@link org.carefeed.platform.web.ClientAddresses}).
 *
 * @param signIn      sign-in attempts ({@code POST /api/auth/token})
 * @param submissions reviews, complaints and reports together
 */
@ConfigurationProperties("carefeed.rate-limits")
record RateLimitProperties(
        @DefaultValue({"10", "1m"}) Limit signIn,
        @DefaultValue({"30", "10m"}) Limit submissions) {

    record Limit(int requests, Duration per) {
    }
}
