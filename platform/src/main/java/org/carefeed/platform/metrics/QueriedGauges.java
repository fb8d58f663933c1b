package org.carefeed.platform.metrics;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gauges read from one database query, run on a scrape at most once per interval: a scrape within the
 * interval, from any number of scrapers, is answered from the last result. While the query fails, the
 * gauges read NaN (no value), never a stale one, and the failure is not retried before the interval is over.
 *
 * @param <T> what the query finds, such as a count and the oldest time
 */
public final class QueriedGauges<T> {

    private static final Logger log = LoggerFactory.getLogger(QueriedGauges.class);

    private final String description;
    private final Supplier<T> query;
    private final long intervalNanos;
    private T last;
    private long askedAt;
    private boolean asked;

    /**
     * @param description what is queried, for the log when it fails
     */
    public QueriedGauges(String description, Supplier<T> query, Duration interval) {
        this.description = description;
        this.query = query;
        this.intervalNanos = interval.toNanos();
    }

    /** Registers a gauge whose value is read from the query's result. */
    public QueriedGauges<T> gauge(MeterRegistry registry, String name, Tags tags, String unit, String help,
            ToDoubleFunction<T> value) {
        // Held strongly: nothing else refers to these gauges, and a weak reference would read NaN after a GC.
        Gauge.builder(name, this, gauges -> gauges.read(value)).strongReference(true).tags(tags).baseUnit(unit)
                .description(help)
                .register(registry);
        return this;
    }

    private synchronized double read(ToDoubleFunction<T> value) {
        long now = System.nanoTime();
        if (!asked || now - askedAt >= intervalNanos) {
            asked = true;
            askedAt = now;
            try {
                last = query.get();
            } catch (RuntimeException e) {
                last = null;
                log.debug("Could not query {} for metrics: {}", description, e.toString());
            }
        }
        return last == null ? Double.NaN : value.applyAsDouble(last);
    }
}
