package org.carefeed.choice.complaint;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A complaint's public state, as of the highest revision seen; the reference is the document id.
 *
 * @param closedReason         why it was closed without a resolution; null unless closed, or closed
 *                             before reasons were given
 * @param acknowledgementDueBy an ISO date ({@code 2026-11-27}), kept as text: a stored date-time would
 *                             depend on the zone it was converted in
 */
@Document(Complaint.COLLECTION)
@CompoundIndex(name = "provider_received", def = "{'providerCode': 1, 'receivedAt': 1}")
record Complaint(
        @Id String reference,
        String providerCode,
        int revision,
        String category,
        String status,
        Instant receivedAt,
        String acknowledgementDueBy,
        Instant acknowledgedAt,
        Instant resolvedAt,
        Instant closedAt,
        String closedReason,
        Instant changedAt) {

    static final String COLLECTION = "complaints";
    static final String PROVIDER_CODE = "providerCode";
    static final String REVISION = "revision";
    static final String RECEIVED_AT = "receivedAt";
}
