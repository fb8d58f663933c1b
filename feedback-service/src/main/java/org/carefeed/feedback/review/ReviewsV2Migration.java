package org.carefeed.feedback.review;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;

import org.carefeed.events.EventCodec;
import org.carefeed.platform.migrations.Migration;
import org.carefeed.platform.mongo.OptimisticRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Moves a deployment from {@code carefeed.reviews.v1} (keyed by provider, never erasable) to
 * {@code carefeed.reviews.v2}: every review stored before is brought under today's rules (see
 * {@link Review#migrateToRulesV2}): the public ones put whole on the new topic, every review's outcomes
 * counted, and the words of ended ones erased. Each review is saved with its events, so a crash part way
 * resumes where it stopped; a review already migrated is skipped. The old topic is then deleted by hand
 * (see the README), which erases the words it still holds.
 */
@Component
class ReviewsV2Migration implements Migration {

    private static final Logger log = LoggerFactory.getLogger(ReviewsV2Migration.class);

    private final MongoTemplate mongo;
    private final ReviewRepository reviews;
    private final EventCodec codec;

    ReviewsV2Migration(MongoTemplate mongo, ReviewRepository reviews, EventCodec codec) {
        this.mongo = mongo;
        this.reviews = reviews;
        this.codec = codec;
    }

    @Override
    public String id() {
        return "reviews-v2";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String description() {
        return "reviews stored before carefeed.reviews.v2 brought under its rules";
    }

    @Override
    public void run() {
        Query stored = query(where("rules").exists(false));
        stored.fields().include("_id");
        List<String> ids = mongo.find(stored, Review.class).stream().map(Review::id).toList();
        if (ids.isEmpty()) {
            return;
        }
        log.info("Bringing {} reviews stored before carefeed.reviews.v2 under its rules", ids.size());
        int failed = 0;
        for (String id : ids) {
            try {
                OptimisticRetry.run(() -> reviews.findById(id).map(review -> {
                    review.migrateToRulesV2(codec);
                    return reviews.save(review);
                }).orElse(null));
            } catch (RuntimeException e) {
                // One unreadable review must not keep the others from moving.
                failed++;
                log.warn("Could not migrate review {}; it is tried again at the next start", id, e);
            }
        }
        if (failed > 0) {
            // Not done, so it runs again at the next start, for the failed reviews only.
            throw new IllegalStateException("Migrated " + (ids.size() - failed) + " reviews, " + failed + " failed");
        }
        log.info("Migrated {} reviews: carefeed.reviews.v1 can now be deleted", ids.size());
    }
}
