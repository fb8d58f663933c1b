package org.carefeed.platform.migrations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.carefeed.platform.metrics.QueriedGauges;
import org.carefeed.platform.mongo.Leases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Runs the service's {@link Migration}s that the database does not record as done, in order of version,
 * once the service is ready, in one background thread: the service starts and serves while a migration
 * over every stored review runs.
 *
 * <p>One instance at a time runs them, under a lease renewed while it works; an instance that finds the
 * lease held leaves them to its holder. Each migration is recorded in {@code migrations} when it has
 * finished, with when it started and ended. One that fails is logged and not recorded, and the ones after
 * it wait, since they may rely on it: all of them run at the next start. Progress is logged and counted
 * by the gauge {@value #PENDING_METRIC}. An instance that stops gives the lease up at once, so that another
 * can take over without waiting for it to run out; the migration it was running is run again.
 */
public class MigrationRunner implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    static final String LEASE = "migrations";
    static final String PENDING_METRIC = "carefeed.migrations.pending";
    /** How soon another instance may take over from one that died while migrating. */
    private static final Duration LEASE_LENGTH = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(MigrationRunner.class);

    private final List<Migration> migrations;
    private final MigrationRecords records;
    private final Leases leases;
    private final Clock clock = Clock.systemUTC();
    private final String instance = UUID.randomUUID().toString();
    private volatile RenewedLease lease;
    private volatile boolean stopping;

    /**
     * @param gaugeInterval how often at most the pending gauge asks the database
     * @throws IllegalStateException if two migrations share an id or a version
     */
    public MigrationRunner(MongoTemplate mongo, Collection<Migration> migrations, MeterRegistry metrics,
            Duration gaugeInterval) {
        this.migrations = migrations.stream().sorted(Comparator.comparingInt(Migration::version)).toList();
        requireUnique(this.migrations, Migration::id, "id");
        requireUnique(this.migrations, Migration::version, "version");
        this.records = new MigrationRecords(mongo);
        this.leases = new Leases(mongo, clock);
        new QueriedGauges<>("pending migrations", () -> pending().size(), gaugeInterval)
                .gauge(metrics, PENDING_METRIC, Tags.empty(), null,
                        "Migrations of this service not yet done on its database", Integer::doubleValue);
    }

    private static void requireUnique(List<Migration> migrations, Function<Migration, Object> key, String what) {
        Map<Object, Migration> seen = new HashMap<>();
        for (Migration migration : migrations) {
            Migration other = seen.putIfAbsent(key.apply(migration), migration);
            if (other != null) {
                throw new IllegalStateException("Two migrations have the " + what + " " + key.apply(migration) + ": "
                        + other.getClass().getName() + " and " + migration.getClass().getName());
            }
        }
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        runInBackground();
    }

    /** Starts {@link #runPending} in a thread of its own and returns at once. */
    public void runInBackground() {
        Thread thread = new Thread(() -> {
            try {
                runPending();
            } catch (RuntimeException e) {
                log.error("Could not run the migrations; they are tried again at the next start", e);
            }
        }, "migrations");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Runs every migration not yet done, one pass at a time in this instance.
     *
     * @return whether all are done now: false if one failed, or another instance holds the lease
     */
    public synchronized boolean runPending() {
        if (pending().isEmpty()) {
            return true;
        }
        Optional<RenewedLease> taken = RenewedLease.take(leases, LEASE, instance, LEASE_LENGTH);
        if (taken.isEmpty()) {
            log.info("Another instance is running the migrations");
            return false;
        }
        try (RenewedLease held = taken.get()) {
            lease = held;
            // Asked again under the lease: the instance that held it may have run them meanwhile.
            List<Migration> pending = pending();
            if (!pending.isEmpty()) {
                log.info("{} migrations to run: {}", pending.size(), pending.stream().map(Migration::id).toList());
            }
            for (Migration migration : pending) {
                if (stopping) {
                    log.info("Stopping: migrations from {} on run at the next start", migration.id());
                    return false;
                }
                if (!held.renew()) {
                    log.warn("Lost the migrations lease to another instance, which runs them from {} on",
                            migration.id());
                    return false;
                }
                if (!run(migration)) {
                    return false;
                }
            }
            return true;
        } finally {
            lease = null;
        }
    }

    private boolean run(Migration migration) {
        Instant startedAt = clock.instant();
        long start = System.nanoTime();
        log.info("Migration {} ({}) started", migration.id(), migration.description());
        try {
            migration.run();
        } catch (RuntimeException e) {
            if (stopping) {
                // Most likely the database connection closing under it.
                log.info("Migration {} ({}) stopped with the service after {} ms; it runs again at the next start",
                        migration.id(), migration.description(), millisSince(start));
            } else {
                log.error("Migration {} ({}) failed after {} ms; it and the migrations after it run at the next start",
                        migration.id(), migration.description(), millisSince(start), e);
            }
            return false;
        }
        long millis = millisSince(start);
        records.recordDone(migration, startedAt, clock.instant(), millis);
        log.info("Migration {} ({}) done in {} ms", migration.id(), migration.description(), millis);
        return true;
    }

    /** The service is stopping: no further migration starts, and the lease is given up now, not when it runs out. */
    @Override
    public void destroy() {
        stopping = true;
        RenewedLease held = lease;
        if (held != null) {
            try {
                held.close();
            } catch (RuntimeException e) {
                log.warn("Could not give the migrations lease up; it runs out within {}: {}", LEASE_LENGTH,
                        e.toString());
            }
        }
    }

    private List<Migration> pending() {
        Set<String> done = records.doneAmong(migrations.stream().map(Migration::id).toList());
        return migrations.stream().filter(migration -> !done.contains(migration.id())).toList();
    }

    private static long millisSince(long nanoTime) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanoTime);
    }
}
