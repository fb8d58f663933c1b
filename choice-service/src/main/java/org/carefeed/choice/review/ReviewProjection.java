package org.carefeed.choice.review;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.carefeed.choice.change.ChangeNotice;
import org.carefeed.choice.change.ChangeNotices;
import org.carefeed.events.ReviewEvent;
import org.carefeed.events.ReviewPublished;
import org.carefeed.events.ReviewTakenDown;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Applies the reviews topic to choice-service's read model so that any delivery order, any redelivery
 * and a replay from the start of the topic all end in the same documents. Each record is a review's
 * whole state, so the highest revision simply wins: a record writes the review only if the stored
 * revision is lower than its own (a missing one counts as 0). One conditional upsert, no read: when the
 * stored review is newer the upsert tries to insert a second document of that id and is refused, which
 * means there was nothing to do.
 */
@Component
class ReviewProjection {

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;
    private final ChangeNotices notices;

    ReviewProjection(MongoTemplate mongo, ApplicationEventPublisher events, ChangeNotices notices) {
        this.mongo = mongo;
        this.events = events;
        this.notices = notices;
    }

    /** The review is public, exactly as this record says, response included or not. */
    void apply(ReviewPublished event) {
        Update whole = new Update()
                .set(Review.PROVIDER_CODE, event.providerId())
                .set(Review.STATE, Review.PUBLISHED)
                .set(Review.STATE_REVISION, event.revision())
                .set(Review.PUBLISHED_AT, event.publishedAt())
                .set(Review.LISTED_ON, LocalDate.ofInstant(event.publishedAt(), ZoneOffset.UTC).toString())
                .set(Review.CONTENT, Review.Content.of(event));
        if (event.response() == null) {
            whole.unset(Review.RESPONSE);
        } else {
            whole.set(Review.RESPONSE, Review.Response.of(event.response()));
        }
        writeIfNewer(event, whole);
        changed(event.providerId(), event);
    }

    /** The review is no longer public: every word of it goes, a marker of why stays. */
    void apply(ReviewTakenDown tombstone) {
        writeIfNewer(tombstone, new Update()
                .set(Review.PROVIDER_CODE, tombstone.providerId())
                .set(Review.STATE, tombstone.reason())
                .set(Review.STATE_REVISION, tombstone.revision())
                .unset(Review.PUBLISHED_AT)
                .unset(Review.CONTENT)
                .unset(Review.RESPONSE));
        changed(tombstone.providerId(), tombstone);
    }

    private void writeIfNewer(ReviewEvent event, Update update) {
        Query olderOrAbsent = query(where("_id").is(event.reviewId().toString()))
                .addCriteria(where(Review.STATE_REVISION).not().gte(event.revision()));
        try {
            mongo.upsert(olderOrAbsent, update, Review.class);
        } catch (DuplicateKeyException newerStored) {
            // The stored review is at this revision or later: a redelivery, or a late copy.
        }
    }

    /**
     * What follows from the review: its listing and figures, then its change notice. All of it even when
     * the record changed nothing, since a redelivery after a crash must finish what the first one began.
     */
    private void changed(String providerCode, ReviewEvent event) {
        events.publishEvent(new ReviewsChanged(providerCode, event.reviewId().toString()));
        notices.announce(ChangeNotice.REVIEW, event.reviewId().toString());
    }
}
