package org.carefeed.choice.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A token bucket per client, in this instance's memory: each instance limits what reaches it (behind a
 * load balancer spreading clients over n instances, a client gets up to n times the limit). Memory is
 * bounded by {@link RateLimitProperties#maxTrackedClients()}.
 */
final class TokenBuckets {

    /** How often, at most, the whole map is swept for buckets that have filled up again. */
    private static final long SWEEP_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int maxTracked;
    private final Clock clock;
    private final Bucket overflow;
    private final AtomicLong lastSweep = new AtomicLong();

    TokenBuckets(int maxTracked, RateLimitProperties.Limit overflowLimit, Clock clock) {
        this.maxTracked = maxTracked;
        this.clock = clock;
        this.overflow = new Bucket(overflowLimit, now());
    }

    /**
     * Takes one token from the client's bucket.
     *
     * @return zero if the request may go ahead, else how long until a token is there
     */
    Duration take(String client, RateLimitProperties.Limit limit) {
        long now = now();
        Bucket bucket = buckets.get(client);
        if (bucket == null) {
            if (buckets.size() >= maxTracked) {
                sweep(now, true);
            }
            bucket = buckets.size() >= maxTracked ? overflow
                    : buckets.computeIfAbsent(client, c -> new Bucket(limit, now));
        } else if (now - lastSweep.get() > SWEEP_EVERY_NANOS) {
            sweep(now, false);
        }
        return bucket.take(now);
    }

    int tracked() {
        return buckets.size();
    }

    /** Forgets the buckets that are full again: a new one would be the same. */
    private void sweep(long now, boolean atCap) {
        long last = lastSweep.get();
        // At the cap, under a flood of new addresses, sweep at most once a second rather than per request.
        long every = atCap ? Duration.ofSeconds(1).toNanos() : SWEEP_EVERY_NANOS;
        if (now - last < every || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            if (it.next().isFull(now)) {
                it.remove();
            }
        }
    }

    private long now() {
        // The clock is the service's; nanosecond arithmetic on its instant keeps tests able to set it.
        return clock.instant().toEpochMilli() * 1_000_000L;
    }

    private static final class Bucket {

        private final double capacity;
        private final double perNano;
        private double tokens;
        private long at;

        Bucket(RateLimitProperties.Limit limit, long now) {
            this.capacity = Math.max(1, limit.burst());
            this.perNano = limit.perMinute() / (double) Duration.ofMinutes(1).toNanos();
            this.tokens = capacity;
            this.at = now;
        }

        synchronized Duration take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos(perNano <= 0 ? Duration.ofMinutes(1).toNanos() : (long) Math.ceil((1 - tokens) / perNano));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            if (now > at) {
                tokens = Math.min(capacity, tokens + (now - at) * perNano);
                at = now;
            }
        }
    }
}
