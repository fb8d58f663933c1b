package org.carefeed.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The author of a published review withdrew it: it is no longer public and no longer counts. */
public record ReviewWithdrawn(UUID eventId, Instant occurredAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String providerCode, String providerId, int schemaVersion,
        UUID reviewId, int revision) implements CarefeedEvent, ReviewEvent {

    public static final int SCHEMA_VERSION = 1;

    public ReviewWithdrawn {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        providerId = ProviderIds.orCode(providerId, providerCode);
        providerCode = ProviderIds.odsCodeOf(providerId);
        Objects.requireNonNull(reviewId, "reviewId");
        ReviewEvent.requireRevision(revision);
    }

    public static ReviewWithdrawn of(UUID reviewId, int revision, String providerId, Instant withdrawnAt) {
        return new ReviewWithdrawn(UUID.randomUUID(), withdrawnAt, null, providerId, SCHEMA_VERSION, reviewId, revision);
    }
}
