package org.carefeed.feedback.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.bson.Document;
import org.carefeed.events.Topics;
import org.carefeed.feedback.FeedbackFixture;
import org.carefeed.feedback.directory.DirectoryFixture;
import org.carefeed.platform.migrations.MigrationRunner;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.carefeed.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/** Reviews stored before carefeed.reviews.v2 are brought under its rules once: public ones onto the new topic, ended ones erased. */
class ReviewsV2MigrationIT extends IntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    @Autowired
    KafkaConnectionDetails kafka;

    @Autowired
    MigrationRunner migrations;

    /**
     * A document that cannot be migrated (here: not a review at all) does not stop the others, but keeps
     * the migration from being recorded as done, so it runs again at the next start.
     */
    @Test
    void legacyReviewsArePublishedWholeOnTheNewTopicCountedAndErasedWhenEnded() throws Exception {
        String provider = FeedbackFixture.uniqueCode();
        new DirectoryFixture(kafkaTemplate, mongo).open(provider);
        FeedbackFixture fixture = new FeedbackFixture(api());
        HttpApi moderator = fixture.newAccount("MODERATOR");
        String stillPublic = fixture.published(moderator, FeedbackFixture.review(provider, 4, "Still public", "Kind and quick, thank you."));
        String withdrawn = fixture.published(moderator, FeedbackFixture.review(provider, 2, "Withdrawn long ago", "Slow and unkind, sadly."));
        // As stored before: no rules mark, and a withdrawn review that kept its words.
        asBefore(stillPublic, new Update());
        asBefore(withdrawn, new Update().set("status", "WITHDRAWN").push("audit",
                new Document("at", new java.util.Date()).append("actor", "author").append("action", "withdrawn")
                        .append("status", "withdrawn")));

        mongo.insert(new Document("_id", "not-a-review-" + stillPublic).append("outbox", List.of()), "reviews");
        // As the previous version left it: the migration not recorded (this service's start recorded it).
        mongo.remove(Query.query(Criteria.where("_id").is("reviews-v2")), "migrations");

        assertThat(migrations.runPending()).as("one document failed").isFalse();
        assertThat(mongo.findById("reviews-v2", Document.class, "migrations")).as("not done").isNull();
        mongo.remove(Query.query(Criteria.where("_id").is("not-a-review-" + stillPublic)), "reviews");
        assertThat(migrations.runPending()).as("the next start").isTrue();
        assertThat(mongo.findById("reviews-v2", Document.class, "migrations")).isNotNull();

        Document ended = mongo.findById(withdrawn, Document.class, "reviews");
        assertThat(ended).doesNotContainKeys("title", "text", "publicTitle", "publicText").containsEntry("rules", 2);
        assertThat(mongo.findById(stillPublic, Document.class, "reviews")).containsEntry("publicTitle", "Still public");
        try (TopicReader reviews = new TopicReader(bootstrapServers(), Topics.REVIEWS)) {
            reviews.awaitRecord(r -> stillPublic.equals(r.key()) && r.value().contains("\"revision\":2"),
                    Duration.ofSeconds(30));
            assertThat(reviews.seen(r -> stillPublic.equals(r.key()) && r.value().contains("\"revision\":3")))
                    .as("migrated once").isEmpty();
        }
        try (TopicReader outcomes = new TopicReader(bootstrapServers(), Topics.REVIEW_OUTCOMES)) {
            outcomes.awaitRecord(r -> r.value().contains(withdrawn) && r.value().contains("\"outcome\":\"withdrawn\""),
                    Duration.ofSeconds(30));
        }
    }

    private void asBefore(String id, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update.unset("rules"), "reviews");
    }

    private String bootstrapServers() {
        return String.join(",", kafka.getBootstrapServers());
    }
}
