package org.carefeed.choice.review;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.carefeed.platform.mongo.NewestFirst;
import org.carefeed.platform.web.KeysetCursor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads a provider's published reviews a page at a time, newest first, by keyset rather than offset.
 * Withdrawn and removed reviews are tombstones in the same collection and never come out of here.
 */
@Component
class PublishedReviews {

    private final MongoTemplate mongo;

    PublishedReviews(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A page of the provider's published reviews after {@code cursor} (null for the first page). */
    NewestFirst.Page<Review> page(String providerCode, KeysetCursor cursor, int limit) {
        return NewestFirst.page(mongo, Review.class, published(providerCode), Review.PUBLISHED_AT, cursor, limit,
                review -> new KeysetCursor(review.publishedAt(), review.id()));
    }

    /** All of the provider's published reviews, whenever published. */
    long count(String providerCode) {
        return mongo.count(Query.query(published(providerCode)), Review.class);
    }

    private static Criteria published(String providerCode) {
        return where(Review.PROVIDER_CODE).is(providerCode).and(Review.STATE).is(Review.PUBLISHED);
    }
}
