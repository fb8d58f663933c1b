package org.carefeed.choice.review;

import java.time.Instant;

import org.carefeed.events.ReviewPublished;
import org.carefeed.events.ReviewResponsePublished;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A review as projected from its events; the review's id is the document id. A withdrawn or removed
 * review stays as a tombstone without its content, so that an older event delivered again cannot
 * bring it back. Each part keeps the revision it was last set by: {@code stateRevision} for the state
 * and content, {@code responseRevision} for the response, {@code tombstoneRevision} for the latest
 * withdrawal or removal.
 *
 * @param state       {@code published}, {@code withdrawn} or {@code removed}; null while only a
 *                    response to it has arrived
 * @param publishedAt when it first became public: the earliest {@code ReviewPublished} seen
 */
@Document(Review.COLLECTION)
@CompoundIndex(name = "provider_state_newest_first",
        def = "{'providerCode': 1, 'state': 1, 'publishedAt': -1, '_id': -1}")
record Review(
        @Id String id,
        String providerCode,
        String state,
        Integer stateRevision,
        Integer tombstoneRevision,
        Instant publishedAt,
        Content content,
        Response response,
        Integer responseRevision) {

    static final String COLLECTION = "reviews";

    static final String PUBLISHED = "published";
    static final String WITHDRAWN = "withdrawn";
    static final String REMOVED = "removed";

    static final String PROVIDER_CODE = "providerCode";
    static final String STATE = "state";
    static final String STATE_REVISION = "stateRevision";
    static final String TOMBSTONE_REVISION = "tombstoneRevision";
    static final String PUBLISHED_AT = "publishedAt";
    static final String CONTENT = "content";
    static final String RESPONSE = "response";
    static final String RESPONSE_REVISION = "responseRevision";

    /** What the reviewer made public. */
    record Content(int rating, String title, String text, String serviceName, String visitMonth, String authorRole,
            String displayName) {

        static Content of(ReviewPublished event) {
            return new Content(event.rating(), event.title(), event.text(), event.serviceName(), event.visitMonth(),
                    event.authorRole(), event.displayName());
        }
    }

    /**
     * The provider's one public response.
     *
     * @param firstPublishedAt when it first became public; response times are measured to it
     * @param lastPublishedAt  when this version of it was published; later after an edit
     */
    record Response(String text, String responderName, Instant firstPublishedAt, Instant lastPublishedAt) {

        static Response of(ReviewResponsePublished event) {
            return new Response(event.text(), event.responderName(), event.firstPublishedAt(), event.occurredAt());
        }
    }
}
