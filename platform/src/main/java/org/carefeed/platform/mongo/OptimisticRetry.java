package org.carefeed.platform.mongo;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs a read-change-save of a versioned document again when another writer got there first, so a
 * burst of concurrent changes (reports flooding in while a moderator decides, say) delays a change
 * instead of refusing it. The change must read the document afresh each time.
 */
public final class OptimisticRetry {

    private static final int ATTEMPTS = 10;
    /** Up to this long, at random, between attempts, so racing writers fall out of step. */
    private static final long MAX_PAUSE_MILLIS = 25;

    private OptimisticRetry() {
    }

    /** @throws OptimisticLockingFailureException if every attempt lost the race (answered as a 409) */
    public static <T> T run(Supplier<T> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return change.get();
            } catch (OptimisticLockingFailureException lost) {
                if (attempt == ATTEMPTS) {
                    throw lost;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, MAX_PAUSE_MILLIS + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a change", e);
        }
    }
}
