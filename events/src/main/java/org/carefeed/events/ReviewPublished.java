package org.carefeed.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A patient's review is public, and this is the whole of its public state: sent when it is published,
 * and again, whole, whenever its public state changes (the provider answers it, say). The reviews topic
 * is compacted and keyed by review id, so only a review's latest record is kept: each record must stand
 * alone. When the review stops being public its key gets a tombstone ({@link ReviewTakenDown}) and
 * compaction erases every earlier record of it.
 *
 * <p>Its title and text are exactly what feedback-service made public: moderated, and redacted of
 * personal data. Carries no contact details of the reviewer, only the name they chose to show.
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
 * @param publishedAt when the review first became public; {@code occurredAt} is when this state was
 * @param response    the provider's public response, or null while it has none
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
        String displayName,
        Instant publishedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Response response) implements CarefeedEvent, ReviewEvent {

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
        // Written before the field existed, an event's own time was the publication.
        publishedAt = publishedAt == null ? occurredAt : publishedAt;
    }

    /** Keyed by the review, not the provider, so that a tombstone on its key erases every record of it. */
    @Override
    public String recordKey() {
        return reviewId.toString();
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

    /**
     * The provider's one public response to the review, redacted of personal data.
     *
     * @param responderName    the organisation that answered, such as the provider or its parent trust
     * @param firstPublishedAt when the response first became public: response times are measured to it
     * @param lastPublishedAt  when this version of it was published; later than the first after an edit
     */
    public record Response(String text, String responderName, Instant firstPublishedAt, Instant lastPublishedAt) {

        public Response {
            requireText(text, "response text");
            Objects.requireNonNull(responderName, "responderName");
            Objects.requireNonNull(firstPublishedAt, "firstPublishedAt");
            lastPublishedAt = lastPublishedAt == null ? firstPublishedAt : lastPublishedAt;
        }
    }

    /** A review first published at {@code at}, without a response yet. */
    public static ReviewPublished of(UUID reviewId, int revision, String providerId, Content content, Instant at) {
        return of(reviewId, revision, providerId, content, at, null, at);
    }

    /** A new event, with a fresh event id, for the public state of a review as it is at {@code at}. */
    public static ReviewPublished of(UUID reviewId, int revision, String providerId, Content content,
            Instant publishedAt, Response response, Instant at) {
        return new ReviewPublished(UUID.randomUUID(), at, null, providerId, SCHEMA_VERSION, reviewId, revision,
                content.rating(), content.title(), content.text(), content.serviceName(), content.visitMonth(),
                content.authorRole(), content.displayName(), publishedAt, response);
    }
}
