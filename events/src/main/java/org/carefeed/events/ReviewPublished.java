package org.carefeed.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A patient's review became public. Its title and text are exactly what feedback-service made public:
 * moderated, and redacted of personal data. Carries no contact details of the reviewer, only the name
 * they chose to show.
 *
 * @param reviewId    the review's id, stable across later events about the same review
 * @param revision    counts the events about this review, from 1: a reader keeps the highest it has seen
 * @param rating      one to five stars
 * @param title       the public title
 * @param text        the public story
 * @param serviceName the service or department reviewed, such as "Maternity"; may be null
 * @param visitMonth  the month of the visit, {@code YYYY-MM}
 * @param authorRole  patient, carer, relative-or-friend or other
 * @param displayName the name the reviewer chose to show, "Anonymous" unless they gave one
 */
public record ReviewPublished(
        UUID eventId,
        Instant occurredAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String providerCode,
        String providerId,
        int schemaVersion,
        UUID reviewId,
        int revision,
        int rating,
        String title,
        String text,
        String serviceName,
        String visitMonth,
        String authorRole,
        String displayName) implements CarefeedEvent, ReviewEvent {

    public static final int SCHEMA_VERSION = 1;

    public ReviewPublished {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        providerId = ProviderIds.orCode(providerId, providerCode);
        providerCode = ProviderIds.odsCodeOf(providerId);
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(visitMonth, "visitMonth");
        Objects.requireNonNull(authorRole, "authorRole");
        Objects.requireNonNull(displayName, "displayName");
        requireText(title, "title");
        requireText(text, "text");
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("rating must be 1 to 5, was " + rating);
        }
        ReviewEvent.requireRevision(revision);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /** The published content of a review, without the event's own fields. */
    public record Content(int rating, String title, String text, String serviceName, String visitMonth,
            String authorRole, String displayName) {
    }

    /** A new event, with a fresh event id, for a review published at {@code publishedAt}. */
    public static ReviewPublished of(UUID reviewId, int revision, String providerId, Content content,
            Instant publishedAt) {
        return new ReviewPublished(UUID.randomUUID(), publishedAt, null, providerId, SCHEMA_VERSION, reviewId, revision,
                content.rating(), content.title(), content.text(), content.serviceName(), content.visitMonth(),
                content.authorRole(), content.displayName());
    }
}
