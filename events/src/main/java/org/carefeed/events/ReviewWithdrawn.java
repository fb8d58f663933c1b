package org.carefeed.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The author of a published review withdrew it: it is no longer public and no longer counts. */
public record ReviewWithdrawn(UUID eventId, Instant occurredAt, String providerCode, int schemaVersion,
        UUID reviewId, int revision) implements CarefeedEvent, ReviewEvent {

    public static final int SCHEMA_VERSION = 1;

    public ReviewWithdrawn {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(providerCode, "providerCode");
        Objects.requireNonNull(reviewId, "reviewId");
        ReviewEvent.requireRevision(revision);
    }

    public static ReviewWithdrawn of(UUID reviewId, int revision, String providerCode, Instant withdrawnAt) {
        return new ReviewWithdrawn(UUID.randomUUID(), withdrawnAt, providerCode, SCHEMA_VERSION, reviewId, revision);
    }
}
