package org.carefeed.choice.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private static final RateLimitProperties.Limit TWO_THEN_ONE_A_SECOND = new RateLimitProperties.Limit(60, 2);

    /** A clock the test moves. */
    private static final class TestClock extends Clock {

        private Instant now = Instant.parse("2026-12-08T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aBurstIsAllowedThenTheWaitIsUntilTheNextToken() {
        TestClock clock = new TestClock();
        TokenBuckets buckets = new TokenBuckets(10, TWO_THEN_ONE_A_SECOND, clock);
        assertThat(buckets.take("a", TWO_THEN_ONE_A_SECOND)).isZero();
        assertThat(buckets.take("a", TWO_THEN_ONE_A_SECOND)).isZero();
        assertThat(buckets.take("a", TWO_THEN_ONE_A_SECOND)).isEqualTo(Duration.ofSeconds(1));
        assertThat(buckets.take("b", TWO_THEN_ONE_A_SECOND)).as("another client").isZero();
        clock.advance(Duration.ofMillis(400));
        assertThat(buckets.take("a", TWO_THEN_ONE_A_SECOND)).isEqualTo(Duration.ofMillis(600));
        clock.advance(Duration.ofMillis(600));
        assertThat(buckets.take("a", TWO_THEN_ONE_A_SECOND)).isZero();
    }

    @Test
    void atTheCapFullBucketsAreForgottenAndUntrackedClientsShareOne() {
        TestClock clock = new TestClock();
        TokenBuckets buckets = new TokenBuckets(2, TWO_THEN_ONE_A_SECOND, clock);
        buckets.take("a", TWO_THEN_ONE_A_SECOND);
        buckets.take("b", TWO_THEN_ONE_A_SECOND);
        assertThat(buckets.tracked()).isEqualTo(2);
        // Neither has filled up again: c and d share the overflow bucket of two.
        assertThat(buckets.take("c", TWO_THEN_ONE_A_SECOND)).isZero();
        assertThat(buckets.take("d", TWO_THEN_ONE_A_SECOND)).isZero();
        assertThat(buckets.take("c", TWO_THEN_ONE_A_SECOND)).isPositive();
        assertThat(buckets.tracked()).isEqualTo(2);

        // Once a and b have filled up again they are the same as new ones, and make room.
        clock.advance(Duration.ofSeconds(5));
        assertThat(buckets.take("e", TWO_THEN_ONE_A_SECOND)).isZero();
        assertThat(buckets.tracked()).isEqualTo(1);
    }
}
