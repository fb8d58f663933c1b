package org.carefeed.choice.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carefeed.events.Topics;
import org.carefeed.testsupport.IntegrationTest;
import org.carefeed.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.kafka.core.KafkaTemplate;

/** Records that cannot be processed are parked on the dead-letter topic and the partition moves on. */
class ReviewDeadLettersIT extends IntegrationTest {

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    KafkaConnectionDetails connection;

    @Test
    void unreadableRecordsAreDeadLetteredAndLaterRecordsStillProjected() throws Exception {
        ReviewEvents events = new ReviewEvents(kafka);
        events.sendRaw("RJ801", "org.carefeed.review.published.v1", "{this is not json");
        events.sendRaw("RJ802", null, "{\"no\":\"type header\"}");
        events.sendRaw("RJ803", "org.carefeed.review.something-new.v1", "{\"from\":\"the future\"}");
        events.send(ReviewEvents.published("RJ801", 5, "After the poison", Instant.parse("2026-11-24T12:00:00Z")));

        await().atMost(Duration.ofSeconds(30)).until(
                () -> api().get("/api/providers/RJ801/reviews").json().get("items").size() == 1);

        try (TopicReader deadLetters = new TopicReader(
                String.join(",", connection.getBootstrapServers()), Topics.deadLetter(Topics.REVIEWS))) {
            ConsumerRecord<String, String> broken = deadLetters.awaitRecord(r -> "RJ801".equals(r.key()), Duration.ofSeconds(30));
            assertThat(broken.value()).isEqualTo("{this is not json");
            assertThat(broken.headers().lastHeader("kafka_dlt-exception-message")).isNotNull();
            deadLetters.awaitRecord(r -> "RJ802".equals(r.key()), Duration.ofSeconds(30));
            // Records of one key stay in order; once this later poison record is parked, RJ803 would be too.
            events.sendRaw("RJ803", "org.carefeed.review.published.v1", "[]");
            deadLetters.awaitRecord(r -> "RJ803".equals(r.key()) && "[]".equals(r.value()), Duration.ofSeconds(30));

            assertThat(deadLetters.seen(r -> "RJ803".equals(r.key()) && !"[]".equals(r.value())))
                    .as("an event type this version does not know is skipped, not dead-lettered").isEmpty();
        }
    }
}
