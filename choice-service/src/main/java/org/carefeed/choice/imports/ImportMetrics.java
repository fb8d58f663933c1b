package org.carefeed.choice.imports;

import java.time.Duration;
import java.util.Collection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Imports as metrics: jobs waiting and running, how far the running one has got, and each finished
 * job with its duration and rows. All kept in memory: nothing here asks the database.
 */
final class ImportMetrics {

    private final MeterRegistry registry;
    /** The running job's counts, or null between jobs. */
    private volatile ImportCounts running;

    ImportMetrics(MeterRegistry registry, Collection<String> queued) {
        this.registry = registry;
        Gauge.builder("carefeed.imports.queued", queued, Collection::size).strongReference(true)
                .description("Imports waiting for the one running to finish").register(registry);
        Gauge.builder("carefeed.imports.running", this, metrics -> metrics.running == null ? 0 : 1).strongReference(true)
                .description("1 while an import runs in this instance").register(registry);
        Gauge.builder("carefeed.imports.running.rows", this, metrics -> rows(metrics.running, false))
                .strongReference(true).tag("result", "read")
                .description("Rows the running import has read so far; 0 between imports").register(registry);
        Gauge.builder("carefeed.imports.running.rows", this, metrics -> rows(metrics.running, true))
                .strongReference(true).tag("result", "rejected")
                .description("Rows the running import has read so far; 0 between imports").register(registry);
    }

    private static double rows(ImportCounts counts, boolean rejected) {
        return counts == null ? 0 : rejected ? counts.rowsRejected() : counts.rowsRead.get();
    }

    void started(ImportCounts counts) {
        running = counts;
    }

    void finished(ImportJob job, Duration took) {
        running = null;
        Timer.builder("carefeed.imports").description("Finished imports, by format and whether they succeeded")
                .tag("format", job.format()).tag("status", job.status()).register(registry).record(took);
        Counter.builder("carefeed.imports.rows").description("Rows of finished imports, read and rejected")
                .tag("format", job.format()).tag("result", "read").register(registry).increment(job.rowsRead());
        Counter.builder("carefeed.imports.rows").description("Rows of finished imports, read and rejected")
                .tag("format", job.format()).tag("result", "rejected").register(registry).increment(job.rowsRejected());
    }
}
