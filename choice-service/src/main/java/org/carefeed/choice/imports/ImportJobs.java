package org.carefeed.choice.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.MeterRegistry;
import org.carefeed.choice.opendata.DataVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Runs this process's imports one at a time in the background and keeps each job's progress in
 * MongoDB while it runs. Another process (a command-line import) may import at the same time: the
 * importers are written so that this is safe (see {@code DirectoryImport}).
 */
@Service
public class ImportJobs implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final long PROGRESS_EVERY_MILLIS = 1000;
    private static final Duration HEARTBEAT_EVERY = Duration.ofSeconds(30);
    /** A queued or running job not heard of for this long was abandoned by a process that stopped. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(3);

    private final MongoTemplate mongo;
    private final List<Importer> importers;
    private final List<AfterImports> afterImports;
    private final Clock clock;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(named("import"));
    private final ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(named("import-progress"));
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final ImportMetrics metrics;
    private final DataVersions versions;

    ImportJobs(MongoTemplate mongo, List<Importer> importers, List<AfterImports> afterImports, Clock clock,
            MeterRegistry registry, DataVersions versions) {
        this.mongo = mongo;
        this.importers = List.copyOf(importers);
        this.afterImports = List.copyOf(afterImports);
        this.clock = clock;
        this.metrics = new ImportMetrics(registry, queued);
        this.versions = versions;
    }

    /**
     * Jobs left queued or running by a process that stopped will never finish: say so. Jobs another live process (the service, or a command-line import) holds keep their
     * heartbeat fresh and are left alone.
     */
    @Override
    public void afterPropertiesSet() {
        Instant cutoff = clock.instant().minus(ABANDONED_AFTER);
        Query abandoned = Query.query(Criteria.where("status").in(ImportJob.QUEUED, ImportJob.RUNNING)
                .and("heartbeatAt").lt(cutoff));
        List<String> ids = mongo.find(abandoned, ImportJob.class).stream().map(ImportJob::id).toList();
        if (!ids.isEmpty()) {
            mongo.updateMulti(Query.query(Criteria.where("_id").in(ids)),
                    new Update().set("status", ImportJob.FAILED).set("finishedAt", clock.instant())
                            .set("failure", "The service stopped before this import finished; import the file again."),
                    ImportJob.class);
        }
        progress.scheduleWithFixedDelay(this::heartbeatQueued, HEARTBEAT_EVERY.toMillis(), HEARTBEAT_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void heartbeatQueued() {
        try {
            if (!queued.isEmpty()) {
                mongo.updateMulti(Query.query(Criteria.where("_id").in(queued).and("status").is(ImportJob.QUEUED)),
                        new Update().set("heartbeatAt", clock.instant()), ImportJob.class);
            }
        } catch (RuntimeException e) {
            log.warn("Could not record that queued imports are alive: {}", e.toString());
        }
    }

    /**
     * Checks the file and queues its import. The file is moved into the job's keeping and deleted
     * when the job ends.
     *
     * @param format the format the caller says it is, or null to detect it
     * @throws RejectedFileException if the file cannot be imported; nothing has been written then
     */
    public Submitted submit(Path file, String fileName, ImportFormat format, ImportOptions options) throws Exception {
        ImportFormat detected = ImportFormat.detect(file);
        if (format != null && format != detected) {
            throw new RejectedFileException("The file is " + detected.apiName() + ", not " + format.apiName() + ".");
        }
        Importer importer = importerFor(detected);
        importer.check(file);
        ImportJob job = mongo.insert(ImportJob.queued(UUID.randomUUID().toString(), fileName, detected, clock.instant()));
        queued.add(job.id());
        Future<?> done = runner.submit(() -> run(job, importer, file, options));
        return new Submitted(job, done);
    }

    /** A queued job, and a way to wait for it (used by the command-line import). */
    public record Submitted(ImportJob job, Future<?> done) {

        public String id() {
            return job.id();
        }
    }

    Optional<ImportJob> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ImportJob.class));
    }

    private Importer importerFor(ImportFormat format) {
        return importers.stream().filter(importer -> importer.format() == format).findFirst()
                .orElseThrow(() -> new RejectedFileException("Importing " + format.apiName() + " files is not supported yet."));
    }

    private static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private void run(ImportJob job, Importer importer, Path file, ImportOptions options) {
        queued.remove(job.id());
        ImportCounts counts = new ImportCounts();
        Instant started = clock.instant();
        metrics.started(counts);
        // Guards the job's document: once the final state is saved, no late progress save may overwrite it.
        AtomicBoolean over = new AtomicBoolean();
        ScheduledFuture<?> reporting = progress.scheduleWithFixedDelay(() -> {
            synchronized (over) {
                try {
                    if (!over.get()) {
                        mongo.save(job.with(ImportJob.RUNNING, started, null, counts, null));
                    }
                } catch (RuntimeException e) {
                    // An exception would cancel all later progress saves; the next one may well succeed.
                    log.warn("Could not save the progress of import {}: {}", job.id(), e.toString());
                }
            }
        }, 0, PROGRESS_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        ImportJob finished;
        try {
            // Before and after (see DataVersions): an import is not redone after a crash, so the ETags
            // of what it changes move away from the old data before its first write, and again after its
            // last, so that what clients fetched halfway is fetched again.
            versions.bump(DataVersions.DIRECTORY, DataVersions.INDICATORS);
            importer.run(job.id(), file, options, counts);
            runAfterImportsIfLast(counts);
            finished = job.with(ImportJob.SUCCEEDED, started, clock.instant(), counts, null);
        } catch (Exception | Error e) {
            log.error("Import {} of {} failed", job.id(), job.fileName(), e);
            // What the earlier files (or this one, before it failed) wrote still needs the follow-up work.
            runAfterImportsIfLast(counts);
            finished = job.with(ImportJob.FAILED, started, clock.instant(), counts,
                    e instanceof RejectedFileException ? e.getMessage() : "The import stopped on an internal error; see the service log.");
        } finally {
            reporting.cancel(false);
            deleteQuietly(file);
            bumpQuietly();
        }
        metrics.finished(finished, Duration.between(started, clock.instant()));
        synchronized (over) {
            over.set(true);
            mongo.save(finished);
        }
        log.info("Import {} of {} {}: {} rows, {} rejected", job.id(), job.fileName(), finished.status(),
                finished.rowsRead(), finished.rowsRejected());
    }

    /** A failure here loses nothing the file said, so the job still succeeds, with a warning. */
    private void runAfterImportsIfLast(ImportCounts counts) {
        if (!queued.isEmpty()) {
            return;
        }
        for (AfterImports work : afterImports) {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.error("Could not update {} after imports", work.description(), e);
                counts.warn("The import succeeded, but " + work.description()
                        + " could not be updated; the next import will try again.");
            }
        }
    }

    private void bumpQuietly() {
        try {
            versions.bump(DataVersions.DIRECTORY, DataVersions.INDICATORS);
        } catch (RuntimeException e) {
            log.error("Could not move the versions of the directory and indicators after an import: their "
                    + "ETags may name older data until the next import", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.toString());
        }
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
        progress.shutdownNow();
    }
}
