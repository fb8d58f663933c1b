package org.carefeed.choice.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** What an import has done so far; updated by the importer as it goes, read by whoever asks. */
public final class ImportCounts {

    /** Only the first rejected rows are kept with their reasons; the count is always exact. */
    static final int MAX_REJECTED_KEPT = 1000;
    /** A reason quotes the value at fault; a long one is cut, so the job stays a small document. */
    private static final int MAX_REASON_LENGTH = 200;

    public final AtomicLong rowsRead = new AtomicLong();
    public final AtomicLong providersCreated = new AtomicLong();
    public final AtomicLong providersUpdated = new AtomicLong();
    public final AtomicLong providersUnchanged = new AtomicLong();
    public final AtomicLong providersClosed = new AtomicLong();
    public final AtomicLong indicatorValuesStored = new AtomicLong();
    /** Organisations whose opening times, services or staff the file changed. */
    public final AtomicLong organisationsChanged = new AtomicLong();
    /** Organisations whose opening times, services or staff the file repeated as they were. */
    public final AtomicLong organisationsUnchanged = new AtomicLong();
    /** Organisations the file gives details of that the directory does not have yet: kept, linked when they come. */
    public final AtomicLong organisationsAwaited = new AtomicLong();
    private final AtomicLong rowsRejected = new AtomicLong();
    private final List<RejectedRow> rejected = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /** A row that was skipped, and why. */
    public record RejectedRow(long line, String reason) {
    }

    public void reject(long line, String reason) {
        rowsRejected.incrementAndGet();
        String kept = reason.length() > MAX_REASON_LENGTH ? reason.substring(0, MAX_REASON_LENGTH) + "..." : reason;
        synchronized (rejected) {
            if (rejected.size() < MAX_REJECTED_KEPT) {
                rejected.add(new RejectedRow(line, kept));
            }
        }
    }

    public long rowsRejected() {
        return rowsRejected.get();
    }

    /** Something the operator should know about an import that succeeded. */
    public void warn(String warning) {
        synchronized (warnings) {
            warnings.add(warning);
        }
    }

    List<String> warnings() {
        synchronized (warnings) {
            return List.copyOf(warnings);
        }
    }

    List<RejectedRow> rejectedRows() {
        synchronized (rejected) {
            return List.copyOf(rejected);
        }
    }
}
