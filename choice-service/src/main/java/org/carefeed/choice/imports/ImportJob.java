package org.carefeed.choice.imports;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One import of one file, as stored: what was asked, how far it got, and what it did. Also its API
 * representation: nothing in it is private.
 *
 * @param organisationsChanged   for opening times, services and staff files: organisations whose details changed
 * @param organisationsUnchanged ... and those whose details the file repeated unchanged
 * @param organisationsAwaited   ... and those not in the directory yet, whose details are kept until they come
 * @param heartbeatAt when the process holding the job last said it was alive, so that another
 *                    process starting up can tell a job that is still running from an abandoned one
 */
@Document("import_jobs")
// At start-up: queued or running jobs whose process has stopped saying it is alive.
@CompoundIndex(name = "abandoned", def = "{'status': 1, 'heartbeatAt': 1}")
record ImportJob(
        @Id String id,
        String fileName,
        String format,
        String status,
        Instant submittedAt,
        Instant heartbeatAt,
        Instant startedAt,
        Instant finishedAt,
        long rowsRead,
        long rowsRejected,
        long providersCreated,
        long providersUpdated,
        long providersUnchanged,
        long providersClosed,
        long indicatorValuesStored,
        long organisationsChanged,
        long organisationsUnchanged,
        long organisationsAwaited,
        List<ImportCounts.RejectedRow> rejectedRows,
        List<String> warnings,
        String failure) {

    static final String QUEUED = "queued";
    static final String RUNNING = "running";
    static final String SUCCEEDED = "succeeded";
    static final String FAILED = "failed";

    static ImportJob queued(String id, String fileName, ImportFormat format, Instant now) {
        return new ImportJob(id, fileName, format.apiName(), QUEUED, now, now, null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(),
                List.of(), null);
    }

    ImportJob with(String newStatus, Instant started, Instant finished, ImportCounts counts, String failureMessage) {
        return new ImportJob(id, fileName, format, newStatus, submittedAt, Instant.now(), started, finished,
                counts.rowsRead.get(), counts.rowsRejected(), counts.providersCreated.get(),
                counts.providersUpdated.get(), counts.providersUnchanged.get(), counts.providersClosed.get(),
                counts.indicatorValuesStored.get(), counts.organisationsChanged.get(),
                counts.organisationsUnchanged.get(), counts.organisationsAwaited.get(), counts.rejectedRows(), counts.warnings(), failureMessage);
    }
}
