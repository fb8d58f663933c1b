package org.carefeed.choice.review;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What happened to one review, once: received, published, rejected, withdrawn, removed, expired or
 * erased; never a word of it.
 *
 * @param id     the review's id and the outcome, so each is counted once however often it is delivered
 * @param occurredAt when it happened: for {@code received} when the review was submitted, for
 *                   {@code published} and {@code rejected} when it was decided (indexed for the statistics'
 *                   months)
 * @param reason the moderation reason of a rejection or removal; null otherwise
 */
@Document(Outcome.COLLECTION)
record Outcome(@Id String id, @Indexed String providerCode, String outcome, String reason, @Indexed Instant occurredAt) {

    static final String COLLECTION = "review_outcomes";
    static final String OCCURRED_AT = "occurredAt";

    static String idOf(String reviewId, String outcome) {
        return reviewId + ":" + outcome;
    }

    /** The review's id: the id up to its outcome. */
    String reviewId() {
        return id.substring(0, id.lastIndexOf(':'));
    }
}
