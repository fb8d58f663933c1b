package org.carefeed.choice.imports;

/**
 * Work that follows from what imports wrote, done once when the queue of imports runs empty rather
 * than after every file: a folder of the published set is some twenty files, and work over the whole
 * directory after each of them would cost more than the imports themselves. It runs as part of the
 * last job, so a job that has ended has had it done.
 */
public interface AfterImports {

    /** What the work is, for the warning if it fails. */
    String description();

    void run();
}
