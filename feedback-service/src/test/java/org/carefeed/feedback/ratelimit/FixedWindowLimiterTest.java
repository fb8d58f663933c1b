package org.carefeed.feedback.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class FixedWindowLimiterTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-24T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void allowsTheLimitPerWindowPerKeyThenSaysHowLongToWait() {
        FixedWindowLimiter limiter = new FixedWindowLimiter(2, Duration.ofMinutes(1), clock);

        assertThat(limiter.acquire("a")).isEmpty();
        now.set(now.get().plusSeconds(20));
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).contains(Duration.ofSeconds(40));
        assertThat(limiter.acquire("b")).as("another address has its own count").isEmpty();

        now.set(now.get().plusSeconds(40));
        assertThat(limiter.acquire("a")).as("a new window").isEmpty();
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64AndIpv4ByAddress() {
        assertThat(ClientAddresses.key("2001:db8:1:2:aaaa::1"))
                .isEqualTo(ClientAddresses.key("2001:db8:1:2:bbbb:cccc:dddd:eeee"))
                .isNotEqualTo(ClientAddresses.key("2001:db8:1:3::1"));
        assertThat(ClientAddresses.key("192.0.2.7")).isEqualTo("192.0.2.7");
    }
}
