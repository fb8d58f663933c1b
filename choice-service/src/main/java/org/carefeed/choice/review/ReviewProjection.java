package org.carefeed.choice.review;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.bson.Document;
import org.carefeed.events.ReviewPublished;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Applies review events to choice-service's read model. Every write is an upsert keyed by the
 * review's or provider's id, so applying an event twice, or replaying the topic from the start into
 * an empty database, gives the same result.
 */
@Component
class ReviewProjection {

    private final MongoTemplate mongo;

    ReviewProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void apply(ReviewPublished event) {
        mongo.upsert(query(where("_id").is(event.reviewId().toString())), new Update()
                        .set("providerCode", event.providerCode())
                        .set("rating", event.rating())
                        .set("title", event.title())
                        .set("text", event.text())
                        .set("publishedAt", event.occurredAt()),
                PublishedReview.class);
        recomputeRating(event.providerCode());
    }

    private void recomputeRating(String providerCode) {
        Document totals = mongo.aggregate(newAggregation(
                        match(where("providerCode").is(providerCode)),
                        group("providerCode").count().as("reviewCount").avg("rating").as("averageRating")),
                PublishedReview.class, Document.class).getUniqueMappedResult();
        if (totals == null) {
            return;
        }
        mongo.save(new ProviderRating(providerCode, ((Number) totals.get("reviewCount")).longValue(),
                ((Number) totals.get("averageRating")).doubleValue()));
    }
}
