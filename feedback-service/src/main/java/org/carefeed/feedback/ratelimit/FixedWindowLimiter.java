package org.carefeed.feedback.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts requests per key in fixed windows. In memory, per instance: with several instances each
 * allows the limit, which still stops a single client hammering one of them.
 */
final class FixedWindowLimiter {

    /** Beyond this many keys, windows that have ended are dropped (at most once a second). */
    private static final int SWEEP_ABOVE = 10_000;
    /**
     * If that is not enough, as under a flood from ever-new addresses, every count is dropped: memory
     * stays bounded, at the price of forgetting counts for a moment.
     */
    private static final int MAX_KEYS = 200_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private volatile Instant lastSweep = Instant.EPOCH;

    FixedWindowLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one request; if it is over the limit, how long until the key may try again. */
    Optional<Duration> acquire(String key) {
        Instant now = clock.instant();
        if (windows.size() > SWEEP_ABOVE && now.isAfter(lastSweep.plusSeconds(1))) {
            lastSweep = now;
            windows.values().removeIf(existing -> !now.isBefore(existing.endsAt()));
            if (windows.size() > MAX_KEYS) {
                windows.clear();
            }
        }
        Window current = windows.compute(key, (k, existing) -> existing == null || !now.isBefore(existing.endsAt())
                ? new Window(now.plus(window), 1)
                : new Window(existing.endsAt(), existing.count() + 1));
        if (current.count() <= limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, current.endsAt()));
    }

    private record Window(Instant endsAt, int count) {
    }
}
