package org.carefeed.choice.review;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.carefeed.events.ReviewOutcome;
import org.springframework.data.domain.Sort;
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

    /**
     * One outcome with its time, for the moderation statistics.
     *
     * @param occurredAt when it happened (see {@link Outcome})
     */
    public record TimedOutcome(String reviewId, String outcome, String reason, Instant occurredAt) {
    }

    /** The outcomes that happened from {@code from} until before {@code until}, read as a stream. */
    public void forEachOutcomeBetween(Instant from, Instant until, Consumer<TimedOutcome> action) {
        Query between = Query.query(where(Outcome.OCCURRED_AT).gte(from).lt(until));
        try (Stream<Outcome> outcomes = mongo.stream(between, Outcome.class)) {
            outcomes.forEach(o -> action.accept(new TimedOutcome(o.reviewId(), o.outcome(), o.reason(), o.occurredAt())));
        }
    }

    /** When each of these reviews that was received was received (submitted), by review id. */
    public Map<String, Instant> receivedAt(Collection<String> reviewIds) {
        Map<String, Instant> received = new HashMap<>();
        if (!reviewIds.isEmpty()) {
            Query ofReviews = Query.query(where("_id").in(
                    reviewIds.stream().map(id -> Outcome.idOf(id, ReviewOutcome.RECEIVED)).toList()));
            mongo.find(ofReviews, Outcome.class).forEach(o -> received.put(o.reviewId(), o.occurredAt()));
        }
        return received;
    }

    /** When the review was published or rejected, whichever are recorded. */
    public List<Instant> decidedAt(String reviewId) {
        Query decisions = Query.query(where("_id").in(Outcome.idOf(reviewId, ReviewOutcome.PUBLISHED),
                Outcome.idOf(reviewId, ReviewOutcome.REJECTED)));
        return mongo.find(decisions, Outcome.class).stream().map(Outcome::occurredAt).toList();
    }

    /** When the first outcome recorded happened; empty before any. */
    public Optional<Instant> firstOutcomeAt() {
        Query first = new Query().with(Sort.by(Outcome.OCCURRED_AT)).limit(1);
        return Optional.ofNullable(mongo.findOne(first, Outcome.class)).map(Outcome::occurredAt);
    }

    private Stream<RecordedOutcome> outcomes(Query query) {
        return mongo.stream(query, Outcome.class)
                .map(o -> new RecordedOutcome(o.id(), o.providerCode(), o.outcome(), o.reason()));
    }
}
