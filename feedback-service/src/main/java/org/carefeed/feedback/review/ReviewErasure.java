package org.carefeed.feedback.review;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.carefeed.events.EventCodec;
import org.carefeed.platform.kafka.TopicProperties;
import org.carefeed.platform.mongo.OptimisticRetry;
import org.carefeed.platform.web.NotFound;
import org.springframework.stereotype.Service;

/**
 * Erasure of a review on request: by its author through the private link, or by an administrator for
 * a request received another way. Its words go from this database at once, and from the topics through
 * the tombstone the review's outbox now holds.
 */
@Service
public class ReviewErasure {

    private final ReviewRepository reviews;
    private final AuthorLinks links;
    private final EventCodec codec;
    private final Clock clock;
    private final Duration erasureLag;

    ReviewErasure(ReviewRepository reviews, AuthorLinks links, EventCodec codec, Clock clock, TopicProperties topics) {
        this.reviews = reviews;
        this.links = links;
        this.codec = codec;
        this.clock = clock;
        this.erasureLag = topics.erasureLag();
    }

    /** The author's request, through their private link. */
    Receipt byAuthor(String secret) {
        return erase(() -> links.find(secret), Review.AUTHOR, null);
    }

    /** An administrator's, for a request received another way, with the reason. */
    public Receipt byAdministrator(String reviewId, String accountId, String reason) {
        return erase(() -> reviews.findById(reviewId).orElseThrow(() -> new NotFound("There is no review with this id.")),
                "admin:" + accountId, reason);
    }

    private Receipt erase(Supplier<Review> find, String actor, String reason) {
        return OptimisticRetry.run(() -> {
            Review review = find.get();
            boolean wasPublic = review.status() == ReviewStatus.PUBLISHED;
            List<String> erased = review.erase(actor, reason, codec, clock.instant());
            reviews.save(review);
            return new Receipt(review.id(), review.status().apiName(), erased, wasPublic ? erasureLag : null);
        });
    }

    /**
     * What the erasure did.
     *
     * @param erased           the parts that still held words and were erased now; empty when nothing was left
     * @param topicsErasedWithin when it was public: the longest its records may stay on the event topics
     *                         before compaction erases them; null when it was never public, or no longer was
     */
    public record Receipt(String id, String status, List<String> erased, Duration topicsErasedWithin) {
    }
}
