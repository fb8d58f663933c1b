package org.carefeed.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.carefeed.feedback.directory.DirectoryFixture;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.carefeed.testsupport.ScrapedMetrics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * What a scraper of the management port sees of feedback-service: its own metrics move with what
 * patients and moderators do, beside the outbox, Kafka's and HTTP's.
 */
class MetricsIT extends IntegrationTest {

    private static final Map<String, String> REVIEW_QUEUED = Map.of("type", "review", "outcome", "awaiting-moderation");
    private static final Map<String, String> COMPLAINT_RECEIVED = Map.of("type", "complaint", "outcome", "received");
    private static final Map<String, String> PUBLISHED = Map.of("decision", "publish");

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    FeedbackFixture fixture;
    String provider;

    @BeforeEach
    void providerInTheDirectory() throws Exception {
        fixture = new FeedbackFixture(api());
        provider = FeedbackFixture.uniqueCode();
        new DirectoryFixture(kafkaTemplate, mongo).open(provider);
    }

    @Test
    void submissionsAndTheModerationQueueAreCountedAsTheyHappen() {
        HttpApi moderator = fixture.newAccount("MODERATOR");
        ScrapedMetrics before = scrape();
        double queued = gauge(before, "carefeed_moderation_queue_size");

        String id = fixture.submit(FeedbackFixture.review(provider, 2, "Long wait", "Four hours in the waiting room."))
                .json().get("id").asString();
        assertThat(api().postJson("/api/complaints", FeedbackFixture.complaint(provider, "Nobody told us anything."))
                .status()).isEqualTo(201);

        ScrapedMetrics submitted = scrape();
        assertThat(submitted.sumOrZero("carefeed_submissions_total", REVIEW_QUEUED))
                .isEqualTo(before.sumOrZero("carefeed_submissions_total", REVIEW_QUEUED) + 1);
        assertThat(submitted.sumOrZero("carefeed_submissions_total", COMPLAINT_RECEIVED))
                .isEqualTo(before.sumOrZero("carefeed_submissions_total", COMPLAINT_RECEIVED) + 1);
        assertThat(gauge(submitted, "carefeed_moderation_queue_size")).isEqualTo(queued + 1);
        assertThat(gauge(submitted, "carefeed_moderation_queue_oldest_age_seconds")).isGreaterThanOrEqualTo(0);

        assertThat(fixture.decide(moderator, id, "{\"decision\": \"publish\"}").status()).isEqualTo(200);

        ScrapedMetrics decided = scrape();
        assertThat(decided.sumOrZero("carefeed_moderation_decisions_total", PUBLISHED))
                .isEqualTo(before.sumOrZero("carefeed_moderation_decisions_total", PUBLISHED) + 1);
        assertThat(gauge(decided, "carefeed_moderation_queue_size")).as("the decided review left the queue")
                .isEqualTo(queued);
    }

    @Test
    void outboxKafkaAndHttpMetricsAreScrapedTooWithTheServiceName() {
        fixture.submit(FeedbackFixture.review(provider, 5, "Kind staff", "Everyone explained what would happen."));

        // The submission's events leave the outbox at once: its backlog is back to nothing waiting.
        ScrapedMetrics metrics = await().atMost(Duration.ofSeconds(30)).until(this::scrape,
                scraped -> gauge(scraped, "carefeed_outbox_backlog", Map.of("collection", "reviews")) == 0);
        assertThat(gauge(metrics, "carefeed_outbox_oldest_age_seconds", Map.of("collection", "reviews"))).isZero();
        assertThat(metrics.sum("carefeed_outbox_refused", Map.of())).isPresent();
        assertThat(metrics.sumOrZero("spring_kafka_template_seconds_count", Map.of("error", "none")))
                .as("events sent through the observed KafkaTemplate").isPositive();
        assertThat(metrics.all("kafka_consumer_fetch_manager_records_lag_max", Map.of()))
                .as("consumer lag of the providers listener").isNotEmpty();
        assertThat(metrics.all("http_server_requests_seconds_bucket",
                Map.of("uri", "/api/reviews", "method", "POST", "status", "202")))
                .as("a latency histogram, in buckets").hasSizeGreaterThan(10);
        assertThat(metrics.all("carefeed_submissions_total", Map.of()))
                .allMatch(sample -> "feedback-service".equals(sample.labels().get("application")));
    }

    private static double gauge(ScrapedMetrics metrics, String name) {
        return gauge(metrics, name, Map.of());
    }

    private static double gauge(ScrapedMetrics metrics, String name, Map<String, String> labels) {
        return metrics.sum(name, labels).orElseThrow(() -> new AssertionError(name + " is not scraped"));
    }
}
