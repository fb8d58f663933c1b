package org.carefeed.choice.review;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A database from a version without the listing read model has published reviews and no listing of
 * them: list them once, in the background, at start-up, and record in {@code migrations} that it is
 * done (a crash half-way means it runs again next start). Listing is idempotent, so two instances doing
 * it at once, or events arriving meanwhile, end the same.
 */
@Component
class ReviewListingBackfill {

    private static final Logger log = LoggerFactory.getLogger(ReviewListingBackfill.class);

    private final MongoTemplate mongo;
    private final ReviewListing listing;

    ReviewListingBackfill(MongoTemplate mongo, ReviewListing listing) {
        this.mongo = mongo;
        this.listing = listing;
    }

    static final String MIGRATIONS = "migrations";
    static final String MIGRATION = "review-listing-v1";

    @EventListener(ApplicationReadyEvent.class)
    void listWhatWasPublishedBefore() {
        if (mongo.findById(MIGRATION, Document.class, MIGRATIONS) != null) {
            return;
        }
        Thread backfill = new Thread(this::listAll, "review-listing-backfill");
        backfill.setDaemon(true);
        backfill.start();
    }

    void listAll() {
        long count = 0;
        Query query = query(where(Review.STATE).is(Review.PUBLISHED));
        query.fields().include("_id", Review.PUBLISHED_AT);
        try (Stream<Review> reviews = mongo.stream(query, Review.class)) {
            for (Review review : (Iterable<Review>) reviews::iterator) {
                mongo.updateFirst(query(where("_id").is(review.id())), new Update().set(Review.LISTED_ON,
                        LocalDate.ofInstant(review.publishedAt(), ZoneOffset.UTC).toString()), Review.class);
                listing.follow(review.id());
                count++;
            }
        }
        mongo.save(new Document("_id", MIGRATION).append("doneAt", Instant.now()).append("reviews", count),
                MIGRATIONS);
        if (count > 0) {
            log.info("Listed {} reviews published before the listing read model existed", count);
        }
    }
}
