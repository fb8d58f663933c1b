package org.carefeed.choice.review;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads a provider's published reviews a page at a time, newest first, by keyset rather than offset. */
@Component
class PublishedReviews {

    private final MongoTemplate mongo;

    PublishedReviews(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Up to {@code limit} reviews after {@code cursor} (null for the first page). */
    List<PublishedReview> page(String providerCode, ReviewCursor cursor, int limit) {
        Criteria criteria = where("providerCode").is(providerCode);
        if (cursor != null) {
            criteria = criteria.orOperator(
                    where("publishedAt").lt(cursor.publishedAt()),
                    where("publishedAt").is(cursor.publishedAt()).and("_id").lt(cursor.reviewId()));
        }
        Query query = Query.query(criteria)
                .with(Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("_id")))
                .limit(limit);
        return mongo.find(query, PublishedReview.class);
    }
}
