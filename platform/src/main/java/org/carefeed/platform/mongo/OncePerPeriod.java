package org.carefeed.platform.mongo;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Scheduled work that must run once across every instance of a service, not once per instance: the
 * first instance to fire takes a lease and runs it; the lease is kept for the whole period, not given
 * back when the work is done, so another instance whose schedule fires a moment later finds it held.
 * The instance that ran may run again (its lease is renewed), which lets it be triggered by hand too.
 */
public final class OncePerPeriod {

    private final Leases leases;
    private final String name;
    private final Duration period;
    private final String instance = UUID.randomUUID().toString();

    /** @param period how long after one run no other instance may run it; shorter than the schedule's interval */
    public OncePerPeriod(Leases leases, String name, Duration period) {
        this.leases = leases;
        this.name = name;
        this.period = period;
    }

    /** @return what the work returned, or empty if another instance holds this period's run */
    public <T> Optional<T> run(Supplier<T> work) {
        if (!leases.tryAcquire(name, instance, period)) {
            return Optional.empty();
        }
        return Optional.ofNullable(work.get());
    }
}
