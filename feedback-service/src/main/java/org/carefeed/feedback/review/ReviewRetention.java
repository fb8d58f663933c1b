package org.carefeed.feedback.review;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.carefeed.events.EventCodec;
import org.carefeed.platform.mongo.OptimisticRetry;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** What the retention purge does to reviews: the words kept no longer than they serve a purpose. */
@Service
public class ReviewRetention {

    private final MongoTemplate mongo;
    private final ReviewRepository reviews;
    private final EventCodec codec;
    private final Clock clock;

    ReviewRetention(MongoTemplate mongo, ReviewRepository reviews, EventCodec codec, Clock clock) {
        this.mongo = mongo;
        this.reviews = reviews;
        this.codec = codec;
        this.clock = clock;
    }

    /**
     * Erases the author's original words of reviews published before {@code cutoff}, keeping the public
     * version: after that, no moderator needs to compare the two.
     *
     * @return how many reviews lost their original
     */
    public int eraseOriginalsPublishedBefore(Instant cutoff) {
        Query due = query(where("status").is(ReviewStatus.PUBLISHED).and("publishedAt").lt(cutoff)
                .and("originalErasedAt").exists(false));
        return each(due, review -> review.eraseOriginal(clock.instant()));
    }

    /**
     * Takes out of public view, and erases, the reviews published before {@code cutoff}: a tombstone
     * on each one's key removes it from the topics and the open feeds.
     *
     * @return how many reviews expired
     */
    public int expirePublishedBefore(Instant cutoff) {
        Query due = query(where("status").is(ReviewStatus.PUBLISHED).and("publishedAt").lt(cutoff));
        return each(due, review -> {
            if (review.status() == ReviewStatus.PUBLISHED) {
                review.expire(codec, clock.instant());
            }
        });
    }

    /** One review at a time, each saved with its own events, so that a crash part way loses nothing. */
    private int each(Query due, Consumer<Review> change) {
        due.fields().include("_id");
        List<String> ids = mongo.find(due, Review.class).stream().map(Review::id).toList();
        for (String id : ids) {
            OptimisticRetry.run(() -> reviews.findById(id).map(review -> {
                change.accept(review);
                return reviews.save(review);
            }).orElse(null));
        }
        return ids.size();
    }
}
