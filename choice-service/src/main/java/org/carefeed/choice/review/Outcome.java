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
 * @param reason the moderation reason of a rejection or removal; null otherwise
 */
@Document(Outcome.COLLECTION)
record Outcome(@Id String id, @Indexed String providerCode, String outcome, String reason, Instant occurredAt) {

    static final String COLLECTION = "review_outcomes";
}
