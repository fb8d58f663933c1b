package org.carefeed.choice.review;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** What other features may know of the reviews: the facts figures are made from, never their words. */
@Service
public class ReviewFacts {

    private final MongoTemplate mongo;

    ReviewFacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * One published review, without its words.
     *
     * @param publishedAt when it first became public
     * @param respondedAt when the provider's response first became public; null without one
     */
    public record RatedReview(String id, String providerCode, int rating, Instant publishedAt, Instant respondedAt) {
    }

    /**
     * What came of one review: one of the outcomes of the review outcomes topic.
     *
     * @param reason the moderation reason of a rejection or removal; null for others
     */
    public record RecordedOutcome(String id, String providerCode, String outcome, String reason) {
    }

    /** The review if it is published now; empty if it is not, or not any more. */
    public Optional<RatedReview> published(String reviewId) {
        return rated(Criteria.where("_id").is(reviewId)).findFirst();
    }

    /** The provider's published reviews. */
    public List<RatedReview> publishedOf(String providerCode) {
        try (Stream<RatedReview> reviews = rated(where(Review.PROVIDER_CODE).is(providerCode))) {
            return reviews.toList();
        }
    }

    /** Every published review, read as a stream from the database rather than held at once. */
    public void forEachPublished(Consumer<RatedReview> action) {
        try (Stream<RatedReview> reviews = rated(new Criteria())) {
            reviews.forEach(action);
        }
    }

    private Stream<RatedReview> rated(Criteria criteria) {
        Query query = Query.query(criteria.and(Review.STATE).is(Review.PUBLISHED));
        query.fields().include(Review.PROVIDER_CODE, Review.PUBLISHED_AT, Review.CONTENT + ".rating",
                Review.RESPONSE + ".firstPublishedAt");
        return mongo.stream(query, Review.class)
                .map(review -> new RatedReview(review.id(), review.providerCode(), review.content().rating(),
                        review.publishedAt(), review.response() == null ? null : review.response().firstPublishedAt()));
    }

    /** What came of the provider's reviews, since records began. */
    public List<RecordedOutcome> outcomesOf(String providerCode) {
        try (Stream<RecordedOutcome> outcomes = outcomes(Query.query(where(Review.PROVIDER_CODE).is(providerCode)))) {
            return outcomes.toList();
        }
    }

    /** What came of every review, since records began, read as a stream. */
    public void forEachOutcome(Consumer<RecordedOutcome> action) {
        try (Stream<RecordedOutcome> outcomes = outcomes(new Query())) {
            outcomes.forEach(action);
        }
    }

    private Stream<RecordedOutcome> outcomes(Query query) {
        return mongo.stream(query, Outcome.class)
                .map(o -> new RecordedOutcome(o.id(), o.providerCode(), o.outcome(), o.reason()));
    }
}
