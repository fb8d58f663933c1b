package org.carefeed.feedback.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carefeed.feedback.FeedbackFixture.review;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.carefeed.events.Topics;
import org.carefeed.feedback.FeedbackFixture;
import org.carefeed.feedback.directory.DirectoryFixture;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.carefeed.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * One submission can be followed across the Kafka hop: the event the outbox relay sends later, on its
 * own thread, carries the trace of the request that submitted the review in its {@code traceparent}
 * header, so the listener downstream continues that trace.
 */
class ReviewTraceIT extends IntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    @Autowired
    KafkaConnectionDetails connection;

    @Test
    void theEventOfASubmittedReviewCarriesTheTraceOfTheRequest() throws Exception {
        String provider = FeedbackFixture.uniqueCode();
        new DirectoryFixture(kafkaTemplate, mongo).open(provider);
        String traceId = hex(16);
        String callerSpanId = hex(8);

        // As a caller that is itself traced would send it (or a proxy that starts the trace).
        HttpApi.Response submitted = api().withHeader("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .postJson("/api/reviews", review(provider, 3, "Fine", "Nothing to add, it was fine overall."));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String id = submitted.json().get("id").asString();

        try (TopicReader outcomes = new TopicReader(String.join(",", connection.getBootstrapServers()),
                Topics.REVIEW_OUTCOMES)) {
            ConsumerRecord<String, String> received = outcomes.awaitRecord(
                    record -> record.value() != null && record.value().contains(id), Duration.ofSeconds(30));
            Header traceparent = received.headers().lastHeader("traceparent");
            assertThat(traceparent).as("trace context in the record's headers").isNotNull();
            String[] parts = new String(traceparent.value(), StandardCharsets.UTF_8).split("-");
            assertThat(parts[1]).as("the request's trace").isEqualTo(traceId);
            assertThat(parts[2]).as("a span of the producer's own").isNotEqualTo(callerSpanId);
        }
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
