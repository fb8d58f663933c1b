package org.carefeed.choice.webhook;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before the next attempt: exponential back-off with full jitter, a random time from
 * nothing to {@code initial × 2^(failures−1)}, capped at {@code max}. The jitter spreads the retries of
 * many deliveries that failed together (a receiver's outage) instead of sending them back all at once.
 */
final class BackOff {

    private BackOff() {
    }

    /** The longest wait after this many failed attempts. */
    static Duration ceiling(Duration initial, Duration max, int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 40);
        Duration ceiling = initial.multipliedBy(1L << Math.min(doublings, 30));
        return ceiling.compareTo(max) > 0 || ceiling.isNegative() ? max : ceiling;
    }

    static Duration after(Duration initial, Duration max, int failures) {
        long ceilingMillis = ceiling(initial, max, failures).toMillis();
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceilingMillis + 1));
    }
}
