package org.carefeed.choice.review;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;

import org.springframework.data.domain.Sort;
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

    /** Up to {@code limit} reviews after {@code cursor} (null for the first page). */
    List<Review> page(String providerCode, ReviewCursor cursor, int limit) {
        Criteria criteria = published(providerCode);
        if (cursor != null) {
            criteria = criteria.orOperator(
                    where(Review.PUBLISHED_AT).lt(cursor.publishedAt()),
                    where(Review.PUBLISHED_AT).is(cursor.publishedAt()).and("_id").lt(cursor.reviewId()));
        }
        Query query = Query.query(criteria)
                .with(Sort.by(Sort.Order.desc(Review.PUBLISHED_AT), Sort.Order.desc("_id")))
                .limit(limit);
        return mongo.find(query, Review.class);
    }

    /** All of the provider's published reviews, whenever published. */
    long count(String providerCode) {
        return mongo.count(Query.query(published(providerCode)), Review.class);
    }

    private static Criteria published(String providerCode) {
        return where(Review.PROVIDER_CODE).is(providerCode).and(Review.STATE).is(Review.PUBLISHED);
    }
}
