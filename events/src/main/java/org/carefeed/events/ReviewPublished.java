package org.carefeed.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A patient's review became public. Its title and text are exactly what feedback-service made public:
 * redacted of personal data (and, once moderation is in place, moderated). Carries no details of the
 * reviewer.
 *
 * @param reviewId the review's id, stable across later events about the same review
 * @param rating   one to five stars
 * @param title    the public title
 * @param text     the public story
 */
public record ReviewPublished(
        UUID eventId,
        Instant occurredAt,
        String providerCode,
        int schemaVersion,
        UUID reviewId,
        int rating,
        String title,
        String text) implements CarefeedEvent {

    public static final int SCHEMA_VERSION = 1;

    public ReviewPublished {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(providerCode, "providerCode");
        Objects.requireNonNull(reviewId, "reviewId");
        requireText(title, "title");
        requireText(text, "text");
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("rating must be 1 to 5, was " + rating);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /** A new event, with a fresh event id, for a review published at {@code publishedAt}. */
    public static ReviewPublished of(UUID reviewId, String providerCode, int rating, String title, String text,
            Instant publishedAt) {
        return new ReviewPublished(UUID.randomUUID(), publishedAt, providerCode, SCHEMA_VERSION, reviewId, rating,
                title, text);
    }
}
