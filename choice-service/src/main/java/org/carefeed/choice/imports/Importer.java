package org.carefeed.choice.imports;

import java.nio.file.Path;

/** Imports one format. Runs in the background; reports through the counts as it goes. */
public interface Importer {

    ImportFormat format();

    /**
     * Checks the file can be imported, before the job is accepted.
     *
     * @throws RejectedFileException if it cannot
     */
    void check(Path file) throws Exception;

    /**
     * Imports the file. Bad rows are counted as rejected and skipped.
     *
     * @param jobId identifies this import, for what it writes
     */
    void run(String jobId, Path file, ImportOptions options, ImportCounts counts) throws Exception;
}
