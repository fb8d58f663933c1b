package org.carefeed.feedback.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.carefeed.events.EventCodec;
import org.carefeed.feedback.safeguarding.SafeguardingConcern;
import org.carefeed.platform.mongo.OptimisticRetry;
import org.carefeed.platform.web.NotFound;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Safeguarding concerns on reviews: raised, closed, and listed while open. */
@Service
public class ReviewSafeguarding {

    private final ReviewRepository reviews;
    private final MongoTemplate mongo;
    private final EventCodec codec;
    private final Clock clock;

    ReviewSafeguarding(ReviewRepository reviews, MongoTemplate mongo, EventCodec codec, Clock clock) {
        this.reviews = reviews;
        this.mongo = mongo;
        this.codec = codec;
        this.clock = clock;
    }

    /**
     * A review under a concern, as those who look into it see it: what the author wrote as well as
     * what was public, since the words may be what shows the risk.
     */
    public record Held(String id, String providerCode, String status, int rating, String title, String text,
            String publicTitle, String publicText, Instant submittedAt, SafeguardingConcern concern) {

        /** What the one who raised it sees back, unless they may read it all: not the author's words. */
        public Held withoutWords() {
            return new Held(id, providerCode, status, rating, null, null, publicTitle, publicText, submittedAt, concern);
        }

        static Held of(Review review) {
            return new Held(review.id(), review.providerCode(), review.status().apiName(), review.rating(),
                    review.title(), review.text(), review.publicTitle(), review.publicText(), review.submittedAt(),
                    review.safeguarding());
        }
    }

    /**
     * @param mayActFor whether the one raising it may act for the review's provider; a review of
     *                  another provider is not found, so its existence is not given away
     */
    public Held raise(String reviewId, String actor, Predicate<String> mayActFor, String note) {
        return change(reviewId, mayActFor, review -> review.raiseSafeguardingConcern(actor, note, codec, clock.instant()));
    }

    public Held resolve(String reviewId, String actor, Predicate<String> mayActFor, String resolution) {
        return change(reviewId, mayActFor, review -> review.resolveSafeguardingConcern(actor, resolution, clock.instant()));
    }

    /** Reviews with an open concern, the longest open first: of one provider, or of all when null. */
    public List<Held> open(String providerCode) {
        return mongo.find(SafeguardingConcern.openConcerns(providerCode), Review.class).stream()
                .map(Held::of).toList();
    }

    private Held change(String reviewId, Predicate<String> mayActFor, Consumer<Review> change) {
        return OptimisticRetry.run(() -> {
            Review review = reviews.findById(reviewId).filter(found -> mayActFor.test(found.providerCode()))
                    .orElseThrow(() -> new NotFound("There is no review with this id for you."));
            change.accept(review);
            return Held.of(reviews.save(review));
        });
    }
}
