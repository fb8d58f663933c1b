package org.carefeed.choice.ratelimit;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much of the open data a client may read ({@code carefeed.rate-limits}).
 *
 * @param anonymous         the limit of each client address that sends no API key
 * @param keyed             the limit of each API key
 * @param trustedProxies    addresses or networks ({@code 10.0.0.0/8}) of the proxies in front of the
 *                          service whose {@code X-Forwarded-For} (or {@code Forwarded}) is believed; by
 *                          default {@code carefeed.trusted-proxies}, as feedback-service has it, and that
 *                          is empty unless set: then none is believed and the client is the address the
 *                          connection comes from, since anyone can send the header. An IPv6 client counts
 *                          by its /64 network
 * @param maxTrackedClients how many addresses and keys are tracked at once; a bucket that has filled up
 *                          again is forgotten first, as it is the same as a new one. Addresses beyond the
 *                          cap share one bucket of the anonymous limit, so a flood from very many addresses
 *                          costs bounded memory and slows only the clients that are not yet tracked
 * @param keyCacheTime      how long a key's check is remembered: a key revoked on one instance is
 *                          refused by every instance within this time
 */
@ConfigurationProperties("carefeed.rate-limits")
public record RateLimitProperties(Limit anonymous, Limit keyed, List<String> trustedProxies,
        int maxTrackedClients, Duration keyCacheTime) {

    public RateLimitProperties {
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().filter(proxy -> !proxy.isBlank()).toList();
    }

    /**
     * A token bucket: {@code burst} requests at once, refilled at {@code perMinute}.
     */
    public record Limit(int perMinute, int burst) {
    }
}
