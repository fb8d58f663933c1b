package org.carefeed.choice.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.bson.Document;
import org.carefeed.choice.imports.TestProviders;
import org.carefeed.events.ReviewPublished;
import org.carefeed.platform.migrations.MigrationRunner;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/** A database from before the feeds gets its published reviews listed for the feeds, once. */
class ReviewListingKeysBackfillIT extends IntegrationTest {

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MigrationRunner migrations;

    @Test
    void reviewsPublishedBeforeTheFeedsAreListedForThem() throws Exception {
        TestProviders.open(api(), "Backfill Feed", "BF101");
        Instant at = Instant.parse("2091-01-05T10:00:00Z");
        ReviewPublished review = ReviewEvents.published("BF101", 4, "Before the feeds", at);
        new ReviewEvents(kafka).send(review);
        String typeFeed = "/feeds/types/backfill-feed/reviews.json";
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get(typeFeed).json().get("items").size() == 1);
        // As the previous version left it: listed under its provider only, no migration done.
        String id = review.reviewId().toString();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().unset(Review.LISTED_UNDER), Review.class);
        mongo.remove(Query.query(Criteria.where("_id").regex("^type:backfill-feed")), ReviewListing.DAYS);
        mongo.remove(Query.query(Criteria.where("_id").is("type:backfill-feed")), ReviewListing.PROVIDERS);
        mongo.updateFirst(Query.query(Criteria.where("_id").is("*/2091-01-05")),
                new Update().pull("entries", new Document("id", id)).inc("v", 1), ReviewListing.DAYS);
        mongo.remove(Query.query(Criteria.where("_id").is("review-feed-lists-v1")), "migrations");
        assertThat(api().get(typeFeed).json().get("items").size()).isZero();
        assertThat(api().get("/feeds/reviews.json?limit=100").body()).doesNotContain(id);

        assertThat(migrations.runPending()).as("as at the next start").isTrue();

        assertThat(api().get(typeFeed).json().at("/items/0/_carefeed/reviewId").asString()).isEqualTo(id);
        assertThat(api().get("/feeds/reviews.json?limit=100").body()).contains(id);
        assertThat(mongo.findById(id, Review.class).listedUnder()).containsExactlyInAnyOrder("*", "type:backfill-feed");
        assertThat(mongo.findById("review-feed-lists-v1", Document.class, "migrations"))
                .as("done, so not again at the next start").isNotNull();
    }
}
