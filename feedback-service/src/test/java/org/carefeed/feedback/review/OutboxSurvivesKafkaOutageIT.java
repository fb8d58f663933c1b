package org.carefeed.feedback.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.bson.Document;
import org.carefeed.embedded.KafkaBroker;
import org.carefeed.platform.outbox.OutboxMessage;
import org.carefeed.events.Topics;
import org.carefeed.feedback.directory.DirectoryFixture;
import org.carefeed.testsupport.EmbeddedInfrastructure;
import org.carefeed.feedback.FeedbackFixture;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.TestTokens;
import org.carefeed.testsupport.TopicReader;
import org.carefeed.testsupport.indexes.RecordQueryShapes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A review accepted while Kafka is down reaches Kafka once the broker is back, with no request
 * retried by the client. The test stops and restarts a real broker on a fixed port, so it owns that
 * broker and a context of its own, with a database of its own so no other test's relay interferes.
 * Because it must stop the broker, it uses the in-JVM broker and Mongo-wire server under
 * {@code -Preal-infra} too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=carefeed-feedback-outage-test",
        "carefeed.outbox.poll-interval=200ms",
        // Published at once, so the review's event is in the outbox when it is accepted.
        "carefeed.moderation.policy=auto"})
@Import(RecordQueryShapes.class)
@DirtiesContext // its broker is gone after this class; nothing else may reuse a context pointing at it
class OutboxSurvivesKafkaOutageIT {

    private static final int KAFKA_PORT = freePort();
    private static final int CONTROLLER_PORT = freePort();

    @TempDir
    static Path kafkaLogDir;
    private static KafkaBroker broker;

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> "localhost:" + KAFKA_PORT);
        registry.add("spring.mongodb.uri", EmbeddedInfrastructure::mongoUri);
        TestTokens.configureKeys(registry);
    }

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KafkaBroker.start(kafkaLogDir, KAFKA_PORT, CONTROLLER_PORT);
    }

    @AfterAll
    static void stopBroker() throws IOException {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void reviewAcceptedWhileKafkaIsDownIsPublishedOnceKafkaIsBack() throws Exception {
        String during;
        new DirectoryFixture(kafka, mongo).open("RXH01");
        try (TopicReader reader = new TopicReader(broker.bootstrapServers(), Topics.REVIEWS)) {
            String before = submit("Before the outage");
            reader.awaitRecord(record -> before.equals(record.key()), Duration.ofSeconds(60));

            broker.close();
            during = submit("During the outage");
            assertThat(pendingEvents(during)).as("events wait in the outbox while Kafka is down")
                    .extracting(event -> event.getString("topic")).contains(Topics.REVIEWS, Topics.REVIEW_OUTCOMES);

            broker = KafkaBroker.start(kafkaLogDir, KAFKA_PORT, CONTROLLER_PORT);

            assertThat(reader.awaitRecord(record -> during.equals(record.key()), Duration.ofSeconds(90)).value())
                    .contains("During the outage");
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(pendingEvents(during)).isEmpty());
    }

    private String submit(String title) {
        HttpApi.Response response = new HttpApi("http://localhost:" + port).postJson("/api/reviews",
                FeedbackFixture.review("RXH01", 5, title, "Accepted whatever Kafka was doing."));
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return response.json().get("id").asString();
    }

    private List<Document> pendingEvents(String reviewId) {
        return mongo.findById(reviewId, Document.class, "reviews").getList(OutboxMessage.FIELD, Document.class);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
