package org.carefeed.choice.ratelimit;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.carefeed.choice.opendata.OpenDataPaths;
import org.carefeed.platform.web.ClientAddresses;
import org.carefeed.platform.web.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how fast each client reads the open data (the public API, feeds and downloads; not the admin
 * API, which takes administrators' tokens, nor the health probes): anonymous clients by their address,
 * clients with an API key ({@value #API_KEY}) by their key, with a larger limit. Over the limit: 429
 * with {@code Retry-After}. A key that is unknown or revoked is a 401, never silently anonymous, so a
 * client learns at once that its key no longer works; that answer counts against its address.
 */
@Component
// After the security chain (CORS headers are on a 429 too), before the gzip filter and MVC.
@Order(Ordered.LOWEST_PRECEDENCE - 20)
class RateLimitFilter extends OncePerRequestFilter {

    static final String API_KEY = "X-Api-Key";

    private final RateLimitProperties properties;
    private final ApiKeys keys;
    private final ClientAddresses addresses;
    private final TokenBuckets byAddress;
    private final TokenBuckets byKey;
    private final Counter anonymousRefused;
    private final Counter keyedRefused;
    private final Counter badKeys;

    RateLimitFilter(RateLimitProperties properties, ApiKeys keys, Clock clock, MeterRegistry registry) {
        this.properties = properties;
        this.keys = keys;
        this.addresses = new ClientAddresses(properties.trustedProxies());
        this.byAddress = new TokenBuckets(properties.maxTrackedClients(), properties.anonymous(), clock);
        // Keys are few, each issued by an administrator: the cap is only a safeguard.
        this.byKey = new TokenBuckets(properties.maxTrackedClients(), properties.keyed(), clock);
        this.anonymousRefused = refused(registry, "rate-limited-anonymous");
        this.keyedRefused = refused(registry, "rate-limited-keyed");
        this.badKeys = refused(registry, "unknown-or-revoked-key");
        // At max-tracked-clients, new addresses share one bucket: worth an alert before it happens.
        Gauge.builder("carefeed.open-data.tracked-clients", byAddress, TokenBuckets::tracked)
                .description("Client addresses whose rate-limit bucket is kept in memory").register(registry);
    }

    private static Counter refused(MeterRegistry registry, String reason) {
        return Counter.builder("carefeed.open-data.refused").tag("reason", reason)
                .description("Open data requests refused by the rate limits or for a bad API key").register(registry);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !OpenDataPaths.isOpenData(request.getRequestURI()) || "OPTIONS".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(API_KEY);
        if (key != null) {
            Optional<String> keyId = key.isBlank() || key.length() > 200 ? Optional.empty() : keys.check(key.strip());
            if (keyId.isEmpty()) {
                if (allowed(byAddress.take(addresses.of(request), properties.anonymous()), anonymousRefused, request,
                        response)) {
                    badKeys.increment();
                    ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "This API key is unknown or has been "
                            + "revoked. Send no " + API_KEY + " header to read within the anonymous limit, or ask "
                            + "for a new key.", request.getRequestURI());
                }
                return;
            }
            if (allowed(byKey.take(keyId.get(), properties.keyed()), keyedRefused, request, response)) {
                chain.doFilter(request, response);
            }
            return;
        }
        if (allowed(byAddress.take(addresses.of(request), properties.anonymous()), anonymousRefused, request,
                response)) {
            chain.doFilter(request, response);
        }
    }

    /** Writes the 429 if the wait is not zero. */
    private static boolean allowed(Duration wait, Counter refused, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (wait.isZero()) {
            return true;
        }
        refused.increment();
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests from this client: try "
                + "again in " + seconds + " s. For more, ask for an API key and send it as " + API_KEY + ".",
                request.getRequestURI());
        return false;
    }
}
