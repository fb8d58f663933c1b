package org.carefeed.feedback.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.carefeed.events.CloudEventHeaders;
import org.carefeed.events.EventCodec;
import org.carefeed.events.ReviewPublished;
import org.carefeed.events.Topics;
import org.carefeed.platform.kafka.CloudEventRecords;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.carefeed.testsupport.TopicReader;
import org.carefeed.feedback.directory.DirectoryFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;

class ReviewSubmissionIT extends IntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaConnectionDetails kafka;

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    @BeforeEach
    void providersInTheDirectory() throws Exception {
        new DirectoryFixture(kafkaTemplate, mongo).open("RJ731", "A81001");
    }

    @Test
    void acceptedReviewIsStoredAndPublishedAsACloudEvent() {
        String title = "Seen quickly " + UUID.randomUUID();

        HttpApi.Response response = api().postJson("/api/reviews", """
                {"providerCode": "RJ731", "rating": 4, "title": "%s", "text": "  The triage nurse was calm and kind.  "}
                """.formatted(title));

        assertThat(response.status()).isEqualTo(202);
        String id = response.json().get("id").asString();
        assertThat(response.json().get("status").asString()).isEqualTo("published");
        assertThat(response.location()).isEqualTo("/api/reviews/" + id);

        Document stored = mongo.findById(id, Document.class, "reviews");
        assertThat(stored).as("stored before the 202").isNotNull();
        assertThat(stored.getString("providerCode")).isEqualTo("RJ731");
        assertThat(stored.getString("text")).isEqualTo("The triage nurse was calm and kind.");

        try (TopicReader reader = new TopicReader(String.join(",", kafka.getBootstrapServers()), Topics.REVIEWS)) {
            ConsumerRecord<String, String> record = reader.awaitRecord(
                    r -> r.value().contains(id), Duration.ofSeconds(30));

            assertThat(record.key()).isEqualTo("RJ731");
            assertThat(CloudEventRecords.header(record, CloudEventHeaders.TYPE)).isEqualTo("org.carefeed.review.published.v1");
            assertThat(CloudEventRecords.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/carefeed/feedback-service");
            assertThat(CloudEventRecords.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(CloudEventRecords.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
            assertThat(record.headers().lastHeader("__TypeId__")).as("no class names on the wire").isNull();

            ReviewPublished event = (ReviewPublished) new EventCodec("/test")
                    .decode(CloudEventRecords.typeOf(record), record.value()).orElseThrow();
            assertThat(event.reviewId()).isEqualTo(UUID.fromString(id));
            assertThat(event.rating()).isEqualTo(4);
            assertThat(event.title()).isEqualTo(title);
            assertThat(CloudEventRecords.header(record, CloudEventHeaders.ID)).isEqualTo(event.eventId().toString());
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(mongo.findById(id, Document.class, "reviews").getList("outbox", Document.class))
                        .as("outbox emptied once Kafka acknowledged").isEmpty());
    }

    @Test
    void personalDataIsRedactedBeforeTheReviewIsPublishedAndTheOriginalKeptForModerators() {
        String text = "Nurse Jo (jo.bloggs@example.nhs.uk, 07700 900123) sorted my NHS number 943 476 5919 "
                + "and my address at SW1A 1AA. My reference 1234567890 was fine.";

        String id = api().postJson("/api/reviews", """
                {"providerCode": "RJ731", "rating": 5, "title": "Call 020 7946 0018", "text": "%s"}
                """.formatted(text)).json().get("id").asString();

        Document stored = mongo.findById(id, Document.class, "reviews");
        assertThat(stored.getString("text")).as("original, for moderators").isEqualTo(text);
        assertThat(stored.getString("publicText")).isEqualTo("Nurse Jo ([email address removed], [phone number removed]) "
                + "sorted my NHS number [NHS number removed] and my address at [postcode removed]. My reference 1234567890 was fine.");
        assertThat(stored.getString("publicTitle")).isEqualTo("Call [phone number removed]");
        try (TopicReader reader = new TopicReader(String.join(",", kafka.getBootstrapServers()), Topics.REVIEWS)) {
            ConsumerRecord<String, String> record = reader.awaitRecord(r -> r.value().contains(id), Duration.ofSeconds(30));
            assertThat(record.value()).contains("[NHS number removed]", "[email address removed]", "Call [phone number removed]")
                    .doesNotContain("943 476 5919", "jo.bloggs", "07700", "SW1A 1AA", "7946");
        }
    }

    @Test
    void receiptOfASubmittedReviewCanBeReadBackWithoutItsText() {
        String id = api().postJson("/api/reviews", """
                {"providerCode": "A81001", "rating": 2, "title": "Long wait", "text": "Two hours past my slot."}
                """).json().get("id").asString();

        HttpApi.Response receipt = api().get("/api/reviews/" + id);

        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.json().get("providerCode").asString()).isEqualTo("A81001");
        assertThat(receipt.json().get("status").asString()).isEqualTo("published");
        assertThat(receipt.body()).doesNotContain("Two hours past my slot");
    }

    @Test
    void unknownReviewIsAProblemNotFound() {
        HttpApi.Response response = api().get("/api/reviews/" + UUID.randomUUID());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void rejectedReviewIsNotStored() {
        String marker = "Never stored " + UUID.randomUUID();

        HttpApi.Response response = api().postJson("/api/reviews", """
                {"providerCode": "RJ731", "rating": 9, "title": "%s", "text": "x"}
                """.formatted(marker));

        assertThat(response.status()).isEqualTo(400);
        assertThat(mongo.exists(Query.query(Criteria.where("title").is(marker)), "reviews")).isFalse();
    }
}
