package org.carefeed.choice.summary;

import org.carefeed.platform.migrations.Migration;
import org.springframework.stereotype.Component;

/**
 * A database from a version without figure counters has none: count them from the projections, with the
 * nightly check's pass, rather than serve figures counted only from the next events.
 *
 * <p>It runs the check even on a database that has counters. One from the version that brought them has
 * them counted already, and the check only confirms them, in one pass over the projections, once. But
 * "there are counters" cannot tell that database from an older one whose consumers counted the first
 * events of this start before the migration ran, and skipping the count there would leave every other
 * provider's figures counting only new feedback until the night.
 */
@Component
class FigureCountersMigration implements Migration {

    private final FiguresCheck check;

    FigureCountersMigration(FiguresCheck check) {
        this.check = check;
    }

    @Override
    public String id() {
        return "figure-counters-v1";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String description() {
        return "every provider's figure counters counted from the projections";
    }

    /** Providers that could not be counted are logged by the check, and counted by the nightly one. */
    @Override
    public void run() {
        check.checkAll();
    }
}
