package org.carefeed.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A complaint was received or moved on in its workflow. Deliberately carries no free text and no
 * contact details: what the complainant wrote never leaves feedback-service. Each event is the
 * complaint's whole public state, numbered by {@code revision}, so a reader keeps the highest.
 *
 * @param reference            the complaint's human-friendly reference, such as {@code CF-2026-000123}
 * @param revision             1 when received, one more for each change after it
 * @param category             what the complaint is about, such as {@code delays}
 * @param status               received, acknowledged, investigating, resolved or closed
 * @param receivedAt           when the complaint was made
 * @param acknowledgementDueBy the last day to acknowledge it: three working days after receipt (England)
 * @param acknowledgedAt       when it was acknowledged; null until then
 * @param resolvedAt           when it was resolved; null unless resolved
 * @param closedAt             when it was closed without a resolution; null unless closed
 * @param closedReason         why it was closed without a resolution, one of {@link ComplaintClosure}'s
 *                             API names; absent unless closed (and on events written before it existed)
 */
public record ComplaintStatusChanged(UUID eventId, Instant occurredAt, @JsonInclude(JsonInclude.Include.NON_NULL) String providerCode,
        String providerId,
        int schemaVersion, String reference, int revision, String category, String status, Instant receivedAt,
        LocalDate acknowledgementDueBy, Instant acknowledgedAt, Instant resolvedAt, Instant closedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String closedReason)
        implements CarefeedEvent {

    public static final int SCHEMA_VERSION = 1;

    public ComplaintStatusChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        providerId = ProviderIds.orCode(providerId, providerCode);
        providerCode = ProviderIds.odsCodeOf(providerId);
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(acknowledgementDueBy, "acknowledgementDueBy");
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be 1 or more, was " + revision);
        }
    }

    /** A complaint's state as of {@code changedAt}, with a fresh event id. */
    public static ComplaintStatusChanged of(String reference, int revision, String providerId, String category,
            String status, Instant receivedAt, LocalDate acknowledgementDueBy, Instant acknowledgedAt,
            Instant resolvedAt, Instant closedAt, Instant changedAt) {
        return of(reference, revision, providerId, category, status, receivedAt, acknowledgementDueBy, acknowledgedAt,
                resolvedAt, closedAt, null, changedAt);
    }

    /** The same, for a complaint closed without a resolution, for the reason given. */
    public static ComplaintStatusChanged of(String reference, int revision, String providerId, String category,
            String status, Instant receivedAt, LocalDate acknowledgementDueBy, Instant acknowledgedAt,
            Instant resolvedAt, Instant closedAt, String closedReason, Instant changedAt) {
        return new ComplaintStatusChanged(UUID.randomUUID(), changedAt, null, providerId, SCHEMA_VERSION, reference,
                revision, category, status, receivedAt, acknowledgementDueBy, acknowledgedAt, resolvedAt, closedAt,
                closedReason);
    }
}
