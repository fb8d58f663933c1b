package org.carefeed.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The provider published its public response to a review, or edited it. A review has at most one
 * response; an edit replaces the text and keeps {@code firstPublishedAt}.
 *
 * @param text             the response as published, redacted of personal data
 * @param responderName    the organisation that answered, such as the provider or its parent trust
 * @param firstPublishedAt when the response first became public: response times are measured to it
 */
public record ReviewResponsePublished(UUID eventId, Instant occurredAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String providerCode, String providerId, int schemaVersion,
        UUID reviewId, int revision, String text, String responderName, Instant firstPublishedAt)
        implements CarefeedEvent, ReviewEvent {

    public static final int SCHEMA_VERSION = 1;

    public ReviewResponsePublished {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        providerId = ProviderIds.orCode(providerId, providerCode);
        providerCode = ProviderIds.odsCodeOf(providerId);
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(responderName, "responderName");
        Objects.requireNonNull(firstPublishedAt, "firstPublishedAt");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
        ReviewEvent.requireRevision(revision);
    }

    public static ReviewResponsePublished of(UUID reviewId, int revision, String providerId, String text,
            String responderName, Instant firstPublishedAt, Instant publishedAt) {
        return new ReviewResponsePublished(UUID.randomUUID(), publishedAt, null, providerId, SCHEMA_VERSION, reviewId,
                revision, text, responderName, firstPublishedAt);
    }
}
