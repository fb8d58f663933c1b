package org.carefeed.choice.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.carefeed.choice.complaint.ComplaintEvents;
import org.carefeed.choice.imports.TestProviders;
import org.carefeed.choice.review.ReviewEvents;
import org.carefeed.events.ComplaintStatusChanged;
import org.carefeed.events.ReviewPublished;
import org.carefeed.events.Topics;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The read model is a function of the topics: emptied and replayed from offset 0, it comes back the
 * same. Replays everything on the topics, other tests' events included, as an operator's rebuild would.
 */
class ReplayIT extends IntegrationTest {

    private static final Map<String, String> GROUPS = Map.of(
            "choice-service.reviews", Topics.REVIEWS,
            "choice-service.review-outcomes", Topics.REVIEW_OUTCOMES,
            "choice-service.complaints", Topics.COMPLAINTS);
    /** The read model this service builds from events; the directory is imported, not replayed. */
    private static final List<String> PROJECTIONS = List.of("reviews", "review_outcomes", "complaints",
            "provider_summaries");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant RECENTLY = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(20));

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    KafkaConnectionDetails connection;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    MongoTemplate mongo;

    @Test
    void replayingTheTopicsIntoAnEmptyReadModelGivesTheSameFigures() throws Exception {
        TestProviders.open(api(), "Replay Site", "RPL01", "RPL02");
        ReviewEvents events = new ReviewEvents(kafka);
        ReviewPublished withdrawn = ReviewEvents.published("RPL01", 1, "Withdrawn", RECENTLY);
        ReviewPublished removed = ReviewEvents.published("RPL01", 2, "Removed", RECENTLY.plusSeconds(1));
        ReviewPublished answered = ReviewEvents.published("RPL01", 4, "Answered", RECENTLY.plusSeconds(2));
        ReviewPublished edited = ReviewEvents.published(answered.reviewId(), 2, "RPL01", 5, "Answered, edited",
                RECENTLY.plusSeconds(3));
        events.send(withdrawn, removed, answered, answered, edited, answered,
                ReviewEvents.withdrawn(withdrawn, 2, RECENTLY.plus(Duration.ofDays(1))),
                ReviewEvents.removed(removed, 3, RECENTLY.plus(Duration.ofDays(1))), removed,
                ReviewEvents.response(edited, 3, "Thank you", RECENTLY.plus(Duration.ofHours(5)),
                        RECENTLY.plus(Duration.ofHours(5))));
        for (int i = 0; i < 6; i++) {
            events.send(ReviewEvents.published("RPL01", 3 + i % 3, "More " + i, RECENTLY.plus(Duration.ofDays(2 + i))));
        }
        // The text-free counts, some delivered twice: they outlive the reviews they count.
        events.send(ReviewEvents.outcome(withdrawn, "received", null, RECENTLY),
                ReviewEvents.outcome(withdrawn, "withdrawn", null, RECENTLY.plus(Duration.ofDays(1))),
                ReviewEvents.outcome(removed, "removed", "abusive", RECENTLY.plus(Duration.ofDays(1))),
                ReviewEvents.outcome(removed, "removed", "abusive", RECENTLY.plus(Duration.ofDays(1))),
                ReviewEvents.outcome(answered, "rejected", "spam", RECENTLY));
        events.send(ReviewEvents.published("RPL02", 2, "Only one", RECENTLY));
        LocalDate today = LocalDate.now(Windows.LONDON);
        for (int i = 0; i < 6; i++) {
            LocalDate received = today.minusDays(30 + i * 7);
            ComplaintStatusChanged complaint = ComplaintEvents.received("RPL01", "CF-2026-20000" + i, noon(received),
                    received.plusDays(3));
            ComplaintStatusChanged acknowledged = ComplaintEvents.acknowledged(complaint, 2, noon(received.plusDays(1 + i)));
            events.send(complaint, acknowledged, complaint);
            if (i % 2 == 0) {
                events.send(ComplaintEvents.resolved(acknowledged, 3, noon(received.plusDays(5 + i))));
            }
        }
        Map<String, JsonNode> before = new LinkedHashMap<>();
        before.put("RPL01", await().atMost(Duration.ofSeconds(60)).until(() -> figures("RPL01"),
                // Every event applied first: all six complaints received, three resolved, seven reviews.
                f -> f.at("/reviews/reviewCount").asLong() == 7 && f.at("/complaints/receivedCount").asLong(0) == 6
                        && f.at("/complaints/resolvedCount").asLong() == 3
                        && f.at("/reviewOutcomes/rejected").asLong() == 1 && f.at("/reviewOutcomes/removed").asLong() == 1
                        && f.at("/reviewOutcomes/withdrawn").asLong() == 1));
        before.put("RPL02", await().atMost(Duration.ofSeconds(60)).until(() -> figures("RPL02"),
                f -> f.at("/reviews/reviewCount").asLong() == 1));
        assertThat(before.get("RPL01").at("/reviews/fairScore").isNull()).isFalse();
        assertThat(before.get("RPL01").at("/complaints/suppressed").asBoolean()).isFalse();

        stopListeners();
        PROJECTIONS.forEach(mongo::dropCollection);
        assertThat(figures("RPL01").at("/reviews/reviewCount").asLong()).as("the read model is empty").isZero();
        rewindConsumerGroups();
        listeners.getListenerContainers().forEach(MessageListenerContainer::start);

        for (Map.Entry<String, JsonNode> expected : before.entrySet()) {
            await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                    assertThat(figures(expected.getKey())).isEqualTo(expected.getValue()));
        }
    }

    /** What the public sees of a provider's feedback: its figures and its list of reviews. */
    private JsonNode figures(String code) {
        ObjectNode node = JSON.createObjectNode();
        JsonNode profile = api().get("/api/providers/" + code).json();
        node.set("reviews", profile.get("reviews"));
        node.set("complaints", profile.get("complaints"));
        node.set("reviewOutcomes", profile.get("reviewOutcomes"));
        node.set("list", api().get("/api/providers/" + code + "/reviews").json());
        return node;
    }

    private void stopListeners() {
        listeners.getListenerContainers().forEach(MessageListenerContainer::stop);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> listeners.getListenerContainers().stream().noneMatch(MessageListenerContainer::isRunning));
    }

    /** Sets each group's committed offsets back to the start of every partition of its topic. */
    private void rewindConsumerGroups() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                String.join(",", connection.getBootstrapServers())))) {
            for (Map.Entry<String, String> group : GROUPS.entrySet()) {
                // Offsets can only be changed while no consumer of the group is left.
                await().atMost(Duration.ofSeconds(60)).until(() -> admin.describeConsumerGroups(List.of(group.getKey()))
                        .all().get().get(group.getKey()).groupState() == GroupState.EMPTY);
                Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
                admin.describeTopics(List.of(group.getValue())).allTopicNames().get().get(group.getValue()).partitions()
                        .forEach(p -> partitions.put(new TopicPartition(group.getValue(), p.partition()),
                                OffsetSpec.earliest()));
                Map<TopicPartition, OffsetAndMetadata> earliest = new HashMap<>();
                admin.listOffsets(partitions).all().get()
                        .forEach((partition, info) -> earliest.put(partition, new OffsetAndMetadata(info.offset())));
                admin.alterConsumerGroupOffsets(group.getKey(), earliest).all().get();
            }
        }
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(Windows.LONDON).toInstant();
    }
}
