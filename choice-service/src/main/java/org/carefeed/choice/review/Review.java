package org.carefeed.choice.review;

import java.time.Instant;
import java.util.List;

import org.carefeed.events.ReviewPublished;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A review as projected from the reviews topic, whose every record is the review's whole public state;
 * the review's id is the document id. A review taken down (withdrawn, removed, expired or erased) stays
 * as a marker without a word of it, its state saying why, so that an older state delivered again cannot
 * bring it back; once its tombstone is compacted away, a replay no longer makes the marker, and the
 * figures are the same either way.
 *
 * @param state         {@code published}, or why it was taken down
 * @param stateRevision the revision of the record it was last set by
 * @param publishedAt   when it first became public
 * @param listedOn      the day (UTC) of {@code publishedAt}, kept when the review is taken down so that
 *                      its listing can be found and cleared (see {@link ReviewListing})
 * @param listedUnder   the lists it was put on besides its provider's (all reviews, its provider's type),
 *                      kept for the same reason: the directory may say otherwise by the time it goes
 */
@Document(Review.COLLECTION)
@CompoundIndex(name = "provider_state_newest_first",
        def = "{'providerCode': 1, 'state': 1, 'publishedAt': -1, '_id': -1}")
// Every published review, for the nightly figures check and the listing's one-off backfill.
@CompoundIndex(name = "by_state", def = "{'state': 1}")
record Review(
        @Id String id,
        String providerCode,
        String state,
        Integer stateRevision,
        Instant publishedAt,
        String listedOn,
        List<String> listedUnder,
        Content content,
        Response response) {

    static final String COLLECTION = "reviews";

    static final String PUBLISHED = "published";

    static final String PROVIDER_CODE = "providerCode";
    static final String STATE = "state";
    static final String STATE_REVISION = "stateRevision";
    static final String PUBLISHED_AT = "publishedAt";
    static final String LISTED_ON = "listedOn";
    static final String LISTED_UNDER = "listedUnder";
    static final String CONTENT = "content";
    static final String RESPONSE = "response";

    Review {
        listedUnder = listedUnder == null ? List.of() : listedUnder;
    }

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

        static Response of(ReviewPublished.Response response) {
            return response == null ? null : new Response(response.text(), response.responderName(),
                    response.firstPublishedAt(), response.lastPublishedAt());
        }
    }
}
