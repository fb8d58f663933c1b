package org.carefeed.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A moderator upheld a report about a published review and took it down: it is no longer public and
 * no longer counts.
 *
 * @param reason the moderation reason code, such as {@code abusive} or {@code personal-information}
 */
public record ReviewRemoved(UUID eventId, Instant occurredAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String providerCode, String providerId, int schemaVersion,
        UUID reviewId, int revision, String reason) implements CarefeedEvent, ReviewEvent {

    public static final int SCHEMA_VERSION = 1;

    public ReviewRemoved {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        providerId = ProviderIds.orCode(providerId, providerCode);
        providerCode = ProviderIds.odsCodeOf(providerId);
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(reason, "reason");
        ReviewEvent.requireRevision(revision);
    }

    public static ReviewRemoved of(UUID reviewId, int revision, String providerId, String reason,
            Instant removedAt) {
        return new ReviewRemoved(UUID.randomUUID(), removedAt, null, providerId, SCHEMA_VERSION, reviewId, revision,
                reason);
    }
}
