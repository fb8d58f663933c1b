package org.carefeed.choice.review;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import org.carefeed.platform.migrations.Migration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A database from a version without the listing read model has published reviews and no listing of
 * them: list them. Listing is idempotent, so running again after a crash half-way, or events arriving
 * meanwhile, end the same.
 */
@Component
class ReviewListingBackfill implements Migration {

    private static final Logger log = LoggerFactory.getLogger(ReviewListingBackfill.class);

    private final MongoTemplate mongo;
    private final ReviewListing listing;

    ReviewListingBackfill(MongoTemplate mongo, ReviewListing listing) {
        this.mongo = mongo;
        this.listing = listing;
    }

    /** The id this backfill recorded itself under before there were migrations, so it is not run twice. */
    @Override
    public String id() {
        return "review-listing-v1";
    }

    @Override
    public int version() {
        return 2;
    }

    @Override
    public String description() {
        return "reviews published before the listing read model listed";
    }

    @Override
    public void run() {
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
        log.info("Listed {} reviews published before the listing read model existed", count);
    }
}
