package org.carefeed.feedback.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.carefeed.events.Topics;
import org.carefeed.feedback.FeedbackFixture;
import org.carefeed.feedback.directory.DirectoryFixture;
import org.carefeed.platform.mongo.Leases;
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

class RetentionPurgeIT extends IntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    RetentionPurge purge;

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    @Autowired
    KafkaConnectionDetails kafka;

    private void store(String collection, String id, Instant expiresAt) {
        mongo.insert(new Document("_id", id).append("expiresAt", Date.from(expiresAt)), collection);
    }

    @Test
    void expiredSignInCountsAndResetLinksGoAndTheRunIsRecordedAsCounts() {
        Instant now = Instant.now();
        store("sign_in_failures", "account:expired@test", now.minusSeconds(60));
        store("sign_in_failures", "account:current@test", now.plus(Duration.ofHours(1)));
        store("password_resets", "expired-reset", now.minusSeconds(60));
        store("password_resets", "current-reset", now.plus(Duration.ofHours(1)));

        Document run = purge.run();

        assertThat(run.getLong("signInFailuresForgotten")).isPositive();
        assertThat(run.getLong("resetLinksExpired")).isPositive();
        assertThat(mongo.findById("account:expired@test", Document.class, "sign_in_failures")).isNull();
        assertThat(mongo.findById("expired-reset", Document.class, "password_resets")).isNull();
        assertThat(mongo.findById("account:current@test", Document.class, "sign_in_failures")).isNotNull();
        assertThat(mongo.findById("current-reset", Document.class, "password_resets")).isNotNull();
        assertThat(mongo.findById(run.getString("_id"), Document.class, RetentionPurge.RUNS)).isNotNull()
                .doesNotContainKeys("ids", "emails");
    }

    private void complaint(String reference, String endedField, Instant endedAt) {
        mongo.insert(new Document("_id", reference).append("trackingKeyHash", "hash-of-" + reference)
                .append("status", "CLOSED").append("closedReason", "duplicate")
                .append("description", "My father was left on a trolley all night.")
                .append("desiredOutcome", "An apology").append("contactName", "Alex Patient")
                .append("email", "alex@example.com").append("phone", "0113 496 0000").append("preferredContact", "email")
                .append("receivedAt", Date.from(endedAt.minus(Duration.ofDays(30))))
                .append(endedField, Date.from(endedAt)), "complaints");
    }

    @Test
    void complaintsEndedOverTenYearsAgoLoseTheirWordsAndContactDetailsButKeepTheirRecord() {
        Instant now = Instant.now();
        complaint("CF-2014-900001", "closedAt", now.minus(Duration.ofDays(3700)));
        complaint("CF-2014-900002", "resolvedAt", now.minus(Duration.ofDays(3700)));
        complaint("CF-2024-900003", "closedAt", now.minus(Duration.ofDays(400)));

        Document run = purge.run();

        assertThat(run.getLong("complaintDetailsErased")).isGreaterThanOrEqualTo(2);
        for (String old : new String[] {"CF-2014-900001", "CF-2014-900002"}) {
            Document erased = mongo.findById(old, Document.class, "complaints");
            assertThat(erased).doesNotContainKeys("description", "desiredOutcome", "contactName", "email", "phone",
                    "preferredContact").containsKeys("status", "receivedAt", "closedReason", "detailsErasedAt");
        }
        assertThat(mongo.findById("CF-2024-900003", Document.class, "complaints").getString("email"))
                .isEqualTo("alex@example.com");
    }

    @Test
    void reviewsLoseTheirOriginalAfterNinetyDaysAndLeavePublicViewAfterTwentyFourMonths() throws Exception {
        String provider = FeedbackFixture.uniqueCode();
        new DirectoryFixture(kafkaTemplate, mongo).open(provider);
        FeedbackFixture fixture = new FeedbackFixture(api());
        HttpApi moderator = fixture.newAccount("MODERATOR");
        String recent = fixture.published(moderator, FeedbackFixture.review(provider, 4, "Recent", "Seen quickly and kindly."));
        String past90Days = fixture.published(moderator, FeedbackFixture.review(provider, 3, "Older", "Seen after a long wait."));
        String past24Months = fixture.published(moderator, FeedbackFixture.review(provider, 2, "Oldest", "Seen by nobody for hours."));
        publishedAgo(past90Days, Duration.ofDays(91));
        publishedAgo(past24Months, Duration.ofDays(2 * 366));

        Document run = purge.run();

        assertThat(run.getInteger("reviewOriginalsErased")).isGreaterThanOrEqualTo(1);
        assertThat(run.getInteger("reviewsExpired")).isGreaterThanOrEqualTo(1);
        assertThat(mongo.findById(recent, Document.class, "reviews")).containsEntry("title", "Recent")
                .containsEntry("publicTitle", "Recent");
        assertThat(mongo.findById(past90Days, Document.class, "reviews")).doesNotContainKeys("title", "text")
                .containsEntry("publicTitle", "Older").containsEntry("status", "PUBLISHED");
        assertThat(mongo.findById(past24Months, Document.class, "reviews"))
                .doesNotContainKeys("title", "text", "publicTitle", "publicText").containsEntry("status", "EXPIRED");
        assertThat(api().get("/api/reviews/" + past24Months).status()).isEqualTo(404);
        try (TopicReader reviews = new TopicReader(String.join(",", kafka.getBootstrapServers()), Topics.REVIEWS)) {
            reviews.awaitRecord(record -> past24Months.equals(record.key()) && record.value() == null,
                    Duration.ofSeconds(30));
        }
    }

    private void publishedAgo(String reviewId, Duration ago) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(reviewId)),
                Update.update("publishedAt", Date.from(Instant.now().minus(ago))), "reviews");
    }

    @Test
    void onlyOneInstanceRunsItWhileTheLeaseLasts() {
        Leases leases = new Leases(mongo, Clock.systemUTC());
        purge.run();
        assertThat(leases.tryAcquire(RetentionPurge.LEASE, "another instance", Duration.ofMinutes(5)))
                .as("held after the run, for the run of another instance a moment later").isFalse();
        assertThat(purge.run()).as("this instance may run again").isNotNull();

        // As if its hour had passed.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(RetentionPurge.LEASE)),
                Update.update("until", Date.from(Instant.now().minusSeconds(1))), "leases");
        assertThat(leases.tryAcquire(RetentionPurge.LEASE, "another instance", Duration.ofMinutes(5))).isTrue();
        try {
            assertThat(purge.run()).as("held by the other instance").isNull();
        } finally {
            leases.release(RetentionPurge.LEASE, "another instance");
        }
        assertThat(purge.run()).as("expired, so free again").isNotNull();
    }
}
