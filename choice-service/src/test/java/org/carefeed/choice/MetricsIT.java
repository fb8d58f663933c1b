package org.carefeed.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.carefeed.choice.imports.TestProviders;
import org.carefeed.choice.review.ReviewEvents;
import org.carefeed.events.EventCodec;
import org.carefeed.events.ReviewPublished;
import org.carefeed.events.Topics;
import org.carefeed.platform.kafka.CloudEventRecords;
import org.carefeed.testsupport.IntegrationTest;
import org.carefeed.testsupport.ScrapedMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * What a scraper of the management port sees of choice-service as it consumes events, parks the ones
 * it cannot read and imports files; and the trace an event arrives in, continued in the log line of
 * the listener that applies it.
 */
@ExtendWith(OutputCaptureExtension.class)
class MetricsIT extends IntegrationTest {

    private static final Map<String, String> REVIEWS_PARKED = Map.of("topic", Topics.REVIEWS);

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    KafkaConnectionDetails connection;

    @Test
    void theListenerThatAppliesAReviewLogsInTheTraceTheEventArrivedIn(CapturedOutput output) throws Exception {
        ReviewPublished review = ReviewEvents.published("RJ870", 4, "Traced", Instant.parse("2026-11-24T12:00:00Z"));
        String traceId = hex(16);
        ProducerRecord<String, String> record = CloudEventRecords.toProducerRecord(
                new EventCodec("/carefeed/feedback-service").encode(review));
        // As feedback-service's observed producer writes it: the trace of the request that submitted the review.
        record.headers().add("traceparent", ("00-" + traceId + "-" + hex(8) + "-01").getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", connection.getBootstrapServers()),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> output.getOut().lines()
                .anyMatch(line -> line.contains("Applied review " + review.reviewId())));
        assertThat(output.getOut().lines().filter(line -> line.contains("Applied review " + review.reviewId())))
                .singleElement().asString().contains("[" + traceId + "-");
    }

    @Test
    void consumedEventsDeadLettersAndLagAreScraped() throws Exception {
        ScrapedMetrics before = scrape();
        ReviewEvents events = new ReviewEvents(kafka);
        events.sendRaw("RJ871", "org.carefeed.review.published.v1", "{not json");
        events.send(ReviewEvents.published("RJ871", 5, "After the poison", Instant.parse("2026-11-24T12:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).until(
                () -> api().get("/api/providers/RJ871/reviews").json().get("items").size() == 1);

        ScrapedMetrics after = await().atMost(Duration.ofSeconds(30)).until(this::scrape,
                scraped -> scraped.sumOrZero("carefeed_dead_letters_total", REVIEWS_PARKED)
                        == before.sumOrZero("carefeed_dead_letters_total", REVIEWS_PARKED) + 1);
        Map<String, String> reviewsListener = Map.of("spring_kafka_listener_id", "choice-service.reviews-0");
        assertThat(after.sumOrZero("spring_kafka_listener_seconds_count", reviewsListener))
                .as("records the reviews listener handled, the poison one among them")
                .isGreaterThanOrEqualTo(before.sumOrZero("spring_kafka_listener_seconds_count", reviewsListener) + 2);
        // Per consumer, so per listener and the one topic it reads (per-partition lag joins within a minute).
        assertThat(after.all("kafka_consumer_fetch_manager_records_lag_max", Map.of()))
                .as("consumer lag of every listener").extracting(sample -> sample.labels().get("client_id"))
                .anyMatch(client -> client.contains("choice-service.reviews"))
                .anyMatch(client -> client.contains("choice-service.review-outcomes"));
        assertThat(after.sum("carefeed_outbox_backlog", Map.of("collection", "providers"))).isPresent();
        assertThat(after.all("http_server_requests_seconds_bucket", Map.of("uri", "/api/providers/{code}/reviews")))
                .as("a latency histogram, in buckets").hasSizeGreaterThan(10);
    }

    @Test
    void importsShowTheirRowsAndOutcome() {
        ScrapedMetrics before = scrape();
        Map<String, String> succeeded = Map.of("format", "nhs-choices-organisations", "status", "succeeded");
        Map<String, String> read = Map.of("format", "nhs-choices-organisations", "result", "read");

        TestProviders.open(api(), "Metrics Site", "ZZM01", "ZZM02");

        ScrapedMetrics after = scrape();
        assertThat(after.sumOrZero("carefeed_imports_seconds_count", succeeded))
                .isEqualTo(before.sumOrZero("carefeed_imports_seconds_count", succeeded) + 1);
        assertThat(after.sumOrZero("carefeed_imports_rows_total", read))
                .isEqualTo(before.sumOrZero("carefeed_imports_rows_total", read) + 2);
        assertThat(after.sum("carefeed_imports_running", Map.of())).hasValue(0);
        assertThat(after.sum("carefeed_imports_queued", Map.of())).hasValue(0);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
