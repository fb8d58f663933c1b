package org.carefeed.choice.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.bson.Document;
import org.carefeed.platform.migrations.MigrationRunner;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/** A database from before the listing read model gets its published reviews listed, once. */
class ReviewListingBackfillIT extends IntegrationTest {

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MigrationRunner migrations;

    @Test
    void reviewsPublishedBeforeTheListingExistedAreListed() throws Exception {
        Instant at = Instant.parse("2026-11-02T10:00:00Z");
        new ReviewEvents(kafka).send(ReviewEvents.published("BF001", 4, "Older", at),
                ReviewEvents.published("BF001", 5, "Newer", at.plus(Duration.ofDays(2))));
        await().atMost(Duration.ofSeconds(30)).until(
                () -> api().get("/api/providers/BF001/reviews").json().get("total").asLong() == 2);
        // As the previous version left it: no listing, no day kept on the reviews, no migration done.
        Query provider = Query.query(Criteria.where("providerCode").is("BF001"));
        mongo.updateMulti(provider, new Update().unset(Review.LISTED_ON), Review.class);
        mongo.remove(Query.query(Criteria.where("_id").regex("^BF001")), ReviewListing.DAYS);
        mongo.remove(Query.query(Criteria.where("_id").is("BF001")), ReviewListing.PROVIDERS);
        mongo.remove(Query.query(Criteria.where("_id").is("review-listing-v1")), "migrations");
        assertThat(api().get("/api/providers/BF001/reviews").json().get("total").asLong()).isZero();

        assertThat(migrations.runPending()).as("as at the next start").isTrue();

        var page = api().get("/api/providers/BF001/reviews").json();
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.at("/items/0/title").asString()).isEqualTo("Newer");
        assertThat(mongo.findById("review-listing-v1", Document.class, "migrations"))
                .as("done, so not again at the next start").isNotNull();
    }
}
