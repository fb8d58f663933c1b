package org.carefeed.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class QueriedGaugesTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicInteger queries = new AtomicInteger();

    private record Found(long count, long oldest) {
    }

    @Test
    void gaugesOfOneQueryAskTheDatabaseOncePerIntervalHoweverOftenTheyAreRead() {
        new QueriedGauges<>("test", () -> new Found(queries.incrementAndGet(), 7), Duration.ofHours(1))
                .gauge(registry, "test.count", Tags.empty(), null, "count", Found::count)
                .gauge(registry, "test.oldest", Tags.empty(), "seconds", "oldest", Found::oldest);

        for (int scrape = 0; scrape < 5; scrape++) {
            assertThat(registry.get("test.count").gauge().value()).isEqualTo(1);
            assertThat(registry.get("test.oldest").gauge().value()).isEqualTo(7);
        }
        assertThat(queries).hasValue(1);
    }

    @Test
    void aFailedQueryReadsAsNoValueAndIsNotRetriedWithinTheInterval() {
        new QueriedGauges<Found>("test", () -> {
            queries.incrementAndGet();
            throw new IllegalStateException("database unreachable");
        }, Duration.ofHours(1)).gauge(registry, "test.count", Tags.empty(), null, "count", Found::count);

        assertThat(registry.get("test.count").gauge().value()).isNaN();
        assertThat(registry.get("test.count").gauge().value()).isNaN();
        assertThat(queries).hasValue(1);
    }

    @Test
    void anExpiredResultIsQueriedAgain() {
        new QueriedGauges<>("test", () -> new Found(queries.incrementAndGet(), 0), Duration.ZERO)
                .gauge(registry, "test.count", Tags.empty(), null, "count", Found::count);

        assertThat(registry.get("test.count").gauge().value()).isEqualTo(1);
        assertThat(registry.get("test.count").gauge().value()).isEqualTo(2);
    }
}
