package org.carefeed.choice.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** What an import has done so far; updated by the importer as it goes, read by whoever asks. */
public final class ImportCounts {

    /** Only the first rejected rows are kept with their reasons; the count is always exact. */
    static final int MAX_REJECTED_KEPT = 1000;

    public final AtomicLong rowsRead = new AtomicLong();
    public final AtomicLong providersCreated = new AtomicLong();
    public final AtomicLong providersUpdated = new AtomicLong();
    public final AtomicLong providersUnchanged = new AtomicLong();
    public final AtomicLong providersClosed = new AtomicLong();
    public final AtomicLong indicatorValuesStored = new AtomicLong();
    final AtomicLong rowsRejected = new AtomicLong();
    private final List<RejectedRow> rejected = new ArrayList<>();

    /** A row that was skipped, and why. */
    public record RejectedRow(long line, String reason) {
    }

    public void reject(long line, String reason) {
        rowsRejected.incrementAndGet();
        synchronized (rejected) {
            if (rejected.size() < MAX_REJECTED_KEPT) {
                rejected.add(new RejectedRow(line, reason));
            }
        }
    }

    List<RejectedRow> rejectedRows() {
        synchronized (rejected) {
            return List.copyOf(rejected);
        }
    }
}
