package org.carefeed.choice.review;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.stream.Stream;

import org.carefeed.platform.migrations.Migration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A database from a version before the open feeds has its published reviews listed under their
 * providers only: list them under the keys {@link ListingKeys} adds too (every review, the provider's
 * type). Following a review is idempotent, so a second run, or events arriving meanwhile, end the same.
 */
@Component
class ReviewListingKeysBackfill implements Migration {

    private static final Logger log = LoggerFactory.getLogger(ReviewListingKeysBackfill.class);

    private final MongoTemplate mongo;
    private final ReviewListing listing;

    ReviewListingKeysBackfill(MongoTemplate mongo, ReviewListing listing) {
        this.mongo = mongo;
        this.listing = listing;
    }

    @Override
    public String id() {
        return "review-feed-lists-v1";
    }

    /** After review-listing-v1 (2), which gives every published review the day it is listed on. */
    @Override
    public int version() {
        return 4;
    }

    @Override
    public String description() {
        return "published reviews listed for the open feeds (all providers, by provider type)";
    }

    @Override
    public void run() {
        long count = 0;
        Query query = query(where(Review.STATE).is(Review.PUBLISHED));
        query.fields().include("_id");
        try (Stream<Review> reviews = mongo.stream(query, Review.class)) {
            for (Review review : (Iterable<Review>) reviews::iterator) {
                listing.follow(review.id());
                count++;
            }
        }
        log.info("Listed {} published reviews for the open feeds", count);
    }
}
