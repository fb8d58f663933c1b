package org.carefeed.platform.migrations;

/**
 * A change a version makes once to the data an older version left, such as filling in a new field or
 * building a new read model from what is already stored. Declared as a bean in the feature it belongs
 * to; {@link MigrationRunner} runs it in the background after start-up, unless the database records it
 * as done.
 *
 * <p>It must be idempotent: it is recorded only once it has finished, so a crash or failure half-way
 * runs it again, from the start, at the next start of the service. It runs while the service is
 * already serving and consuming, so it must also tolerate writes made meanwhile.
 */
public interface Migration {

    /**
     * Names the migration in the {@code migrations} collection for good: never change it, or every
     * database runs it again.
     */
    String id();

    /** Its place among the service's migrations: lower runs first, and a later one may rely on an earlier one. */
    int version();

    /** What it does, in a line, for the log. */
    String description();

    /** Does the work; throws if it did not all succeed, so it is run again at the next start. */
    void run();
}
