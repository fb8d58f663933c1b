package org.carefeed.platform.migrations;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.carefeed.platform.mongo.Leases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lease held for as long as some work runs, however long that is: renewed in the background every
 * third of its length, and given up when closed. If the holder dies, the lease runs out within its
 * length and another instance may take it.
 */
final class RenewedLease implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RenewedLease.class);

    private final Leases leases;
    private final String name;
    private final String holder;
    private final Duration length;
    private final ScheduledExecutorService renewal;
    private boolean closed;

    private RenewedLease(Leases leases, String name, String holder, Duration length) {
        this.leases = leases;
        this.name = name;
        this.holder = holder;
        this.length = length;
        this.renewal = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name + "-lease");
            thread.setDaemon(true);
            return thread;
        });
        long every = length.toMillis() / 3;
        renewal.scheduleWithFixedDelay(this::renewQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /** @return the lease, or empty if another holder has it */
    static Optional<RenewedLease> take(Leases leases, String name, String holder, Duration length) {
        return leases.tryAcquire(name, holder, length)
                ? Optional.of(new RenewedLease(leases, name, holder, length))
                : Optional.empty();
    }

    /** @return whether it is still held: false once given up, or if it ran out and another holder took it */
    synchronized boolean renew() {
        return !closed && leases.tryAcquire(name, holder, length);
    }

    private synchronized void renewQuietly() {
        if (closed) {
            return;
        }
        try {
            if (!renew()) {
                log.warn("Lost the {} lease to another instance", name);
            }
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again; the next renewal may well succeed.
            log.warn("Could not renew the {} lease: {}", name, e.toString());
        }
    }

    /**
     * Gives the lease up; closing again does nothing. Synchronized with the renewals, so that none lands
     * after the lease is given up and holds it again.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        renewal.shutdownNow();
        leases.release(name, holder);
    }
}
