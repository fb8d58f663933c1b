package org.carefeed.choice.review;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.UUID;

import org.carefeed.events.ReviewEvent;
import org.carefeed.events.ReviewPublished;
import org.carefeed.events.ReviewRemoved;
import org.carefeed.events.ReviewResponsePublished;
import org.carefeed.events.ReviewWithdrawn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Applies review events to choice-service's read model so that any delivery order, any redelivery and
 * a replay from the start of the topic all end in the same documents. Each part of a review has its
 * own revision guard, and an event only writes a part whose stored revision is lower than its own:
 * <ul>
 * <li>state and content: the highest revision among published, withdrawn and removed wins;</li>
 * <li>response: the highest response revision wins, unless a withdrawal or removal came after it,
 * which erases it, whatever order the two arrive in;</li>
 * <li>publishedAt: the earliest publication seen, so edits do not move a review up the list.</li>
 * </ul>
 * A missing revision counts as 0, so each write is a plain upsert that makes sure the document exists,
 * then a conditional update of the part: no read, and no race with a redelivery of the same record.
 */
@Component
class ReviewProjection {

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;

    ReviewProjection(MongoTemplate mongo, ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.events = events;
    }

    void apply(ReviewPublished event) {
        ensure(event.reviewId(), event.providerId(), new Update().min(Review.PUBLISHED_AT, event.occurredAt()));
        mongo.updateFirst(olderThan(event, Review.STATE_REVISION), new Update()
                        .set(Review.STATE, Review.PUBLISHED)
                        .set(Review.STATE_REVISION, event.revision())
                        .set(Review.CONTENT, Review.Content.of(event)),
                Review.class);
        changed(event.providerId());
    }

    void apply(ReviewWithdrawn event) {
        tombstone(event, event.providerId(), Review.WITHDRAWN);
    }

    void apply(ReviewRemoved event) {
        tombstone(event, event.providerId(), Review.REMOVED);
    }

    void apply(ReviewResponsePublished event) {
        ensure(event.reviewId(), event.providerId(), new Update());
        Query olderResponse = olderThan(event, Review.RESPONSE_REVISION)
                .addCriteria(where(Review.TOMBSTONE_REVISION).not().gte(event.revision()));
        mongo.updateFirst(olderResponse, new Update()
                        .set(Review.RESPONSE, Review.Response.of(event))
                        .set(Review.RESPONSE_REVISION, event.revision()),
                Review.class);
        changed(event.providerId());
    }

    /** Takes the review down: its content goes, and so does any response older than the take-down. */
    private void tombstone(ReviewEvent event, String providerCode, String state) {
        ensure(event.reviewId(), providerCode, new Update().max(Review.TOMBSTONE_REVISION, event.revision()));
        mongo.updateFirst(olderThan(event, Review.STATE_REVISION), new Update()
                        .set(Review.STATE, state)
                        .set(Review.STATE_REVISION, event.revision())
                        .unset(Review.CONTENT),
                Review.class);
        mongo.updateFirst(olderThan(event, Review.RESPONSE_REVISION), new Update().unset(Review.RESPONSE),
                Review.class);
        changed(providerCode);
    }

    private void ensure(UUID reviewId, String providerCode, Update update) {
        mongo.upsert(query(where("_id").is(reviewId.toString())), update.set(Review.PROVIDER_CODE, providerCode),
                Review.class);
    }

    /** The review, if the part guarded by {@code revisionField} is older than the event (or unset). */
    private static Query olderThan(ReviewEvent event, String revisionField) {
        return query(where("_id").is(event.reviewId().toString()))
                .addCriteria(Criteria.where(revisionField).not().gte(event.revision()));
    }

    private void changed(String providerCode) {
        events.publishEvent(new ReviewsChanged(providerCode));
    }
}
