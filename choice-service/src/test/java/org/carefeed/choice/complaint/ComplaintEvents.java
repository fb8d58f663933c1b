package org.carefeed.choice.complaint;

import java.time.Instant;
import java.time.LocalDate;

import org.carefeed.events.ComplaintStatusChanged;

/** Complaint events as feedback-service would publish them; send them with {@code ReviewEvents.send}. */
public final class ComplaintEvents {

    private ComplaintEvents() {
    }

    /** A complaint just received: revision 1, not acknowledged. */
    public static ComplaintStatusChanged received(String providerCode, String reference, Instant receivedAt,
            LocalDate dueBy) {
        return ComplaintStatusChanged.of(reference, 1, providerCode, "delays", "received", receivedAt, dueBy, null, null,
                null, receivedAt);
    }

    public static ComplaintStatusChanged acknowledged(ComplaintStatusChanged before, int revision, Instant at) {
        return ComplaintStatusChanged.of(before.reference(), revision, before.providerCode(), before.category(),
                "acknowledged", before.receivedAt(), before.acknowledgementDueBy(), at, null, null, at);
    }

    public static ComplaintStatusChanged resolved(ComplaintStatusChanged before, int revision, Instant at) {
        return ComplaintStatusChanged.of(before.reference(), revision, before.providerCode(), before.category(),
                "resolved", before.receivedAt(), before.acknowledgementDueBy(), before.acknowledgedAt(), at, null, at);
    }

    /** Closed without a resolution, for the reason given. */
    public static ComplaintStatusChanged closed(ComplaintStatusChanged before, int revision, Instant at, String reason) {
        return ComplaintStatusChanged.of(before.reference(), revision, before.providerCode(), before.category(),
                "closed", before.receivedAt(), before.acknowledgementDueBy(), before.acknowledgedAt(), null, at, reason,
                at);
    }
}
