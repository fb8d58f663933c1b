package org.carefeed.choice.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.carefeed.testsupport.ProblemAssertions.assertBadParameter;
import static org.carefeed.testsupport.ProblemAssertions.assertProblem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.bson.Document;
import org.carefeed.choice.ChoiceServiceApplication;
import org.carefeed.choice.complaint.ComplaintEvents;
import org.carefeed.choice.imports.AdminImports;
import org.carefeed.choice.imports.GenericCsvFile;
import org.carefeed.choice.imports.TestProviders;
import org.carefeed.choice.review.ReviewEvents;
import org.carefeed.events.ReviewPublished;
import org.carefeed.testsupport.EmbeddedInfrastructure;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The change feed as a developer uses it: a client that keeps a mirror with one loop, while reviews are
 * published, answered, withdrawn and removed at the same time, ends with exactly the server's state;
 * and the same when the client's requests go to two instances of the service in turn.
 */
class ChangesIT extends IntegrationTest {

    private static final Instant AT = Instant.parse("2026-06-01T09:00:00Z");

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    MongoTemplate mongo;

    /** A mirror of reviews, kept as a developer would: each change sets or deletes one review. */
    private static final class Mirror {

        final Map<String, String> reviews = new HashMap<>();
        long position;

        /** One page of changes, from the given instance; true when it reached the end of the feed. */
        boolean sync(HttpApi instance) {
            HttpApi.Response response = instance.get("/api/changes?limit=7&since=" + position);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            JsonNode page = response.json();
            for (JsonNode change : page.get("changes")) {
                assertThat(change.get("position").asLong()).as("positions only go forward").isGreaterThan(position);
                if (change.get("kind").asString().equals("review")) {
                    String id = change.get("id").asString();
                    if (change.get("change").asString().equals("published")) {
                        reviews.put(id, stateOf(change.get("data")));
                    } else {
                        assertThat(change.has("data")).as("a review taken down has no words").isFalse();
                        reviews.remove(id);
                    }
                }
            }
            position = page.get("position").asLong();
            return page.get("caughtUp").asBoolean();
        }

        Map<String, String> of(Set<String> ids) {
            return reviews.entrySet().stream().filter(e -> ids.contains(e.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }
    }

    private static String stateOf(JsonNode review) {
        JsonNode response = review.get("response");
        return review.get("title").asString() + " | " + (response == null || response.isNull() ? "-"
                : response.get("text").asString());
    }

    @Test
    void aMirrorKeptThroughTheChangesEndsEqualToTheServerWhileReviewsChange() throws Exception {
        mirrorWhileReviewsChange("CHG01", List.of(api()));
    }

    @Test
    void aMirrorReadFromTwoInstancesInTurnEndsEqualToTheServer() throws Exception {
        SpringApplication second = new SpringApplication(ChoiceServiceApplication.class);
        try (ConfigurableApplicationContext other = second.run("--server.port=0", "--management.server.port=0",
                "--spring.kafka.bootstrap-servers=" + EmbeddedInfrastructure.kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + EmbeddedInfrastructure.mongoUri(),
                "--carefeed.auth.generate-key=true")) {
            int otherPort = ((WebServerApplicationContext) other).getWebServer().getPort();
            mirrorWhileReviewsChange("CHG02", List.of(api(), new HttpApi("http://localhost:" + otherPort)));
        }
    }

    /**
     * Sixty reviews of one provider, each published, then perhaps answered, then perhaps withdrawn or
     * removed, sent in a random interleaving while the client syncs; then the client syncs to the end.
     */
    private void mirrorWhileReviewsChange(String provider, List<HttpApi> instances) throws Exception {
        ReviewEvents events = new ReviewEvents(kafka);
        Random random = new Random(42);
        Map<String, String> expected = new ConcurrentHashMap<>();
        List<List<Object>> lives = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ReviewPublished review = ReviewEvents.published(UUID.randomUUID(), 1, provider, 1 + i % 5,
                    "Visit " + i + " & <more> “quoted”", AT.plusSeconds(i));
            List<Object> life = new ArrayList<>(List.of(review));
            String state = review.title() + " | -";
            if (i % 3 != 0) {
                life.add(ReviewEvents.response(review, 2, "Thank you, " + i, AT.plusSeconds(100 + i),
                        AT.plusSeconds(100 + i)));
                state = review.title() + " | Thank you, " + i;
            }
            if (i % 4 == 1) {
                life.add(ReviewEvents.withdrawn(review, 3, AT.plusSeconds(200 + i)));
                state = null;
            } else if (i % 4 == 2) {
                life.add(ReviewEvents.removed(review, 3, AT.plusSeconds(200 + i)));
                state = null;
            }
            if (state != null) {
                expected.put(review.reviewId().toString(), state);
            }
            lives.add(life);
        }
        Set<String> ids = lives.stream().map(life -> ((ReviewPublished) life.get(0)).reviewId().toString())
                .collect(Collectors.toSet());
        List<Object> interleaved = interleave(lives, random);

        Mirror mirror = new Mirror();
        CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
            try {
                for (Object event : interleaved) {
                    events.send(event);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        int turn = 0;
        while (!sending.isDone()) {
            mirror.sync(instances.get(turn++ % instances.size()));
        }
        sending.join();

        int[] next = {turn};
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            while (!mirror.sync(instances.get(next[0]++ % instances.size()))) {
                // Read to the end of what is recorded so far.
            }
            assertThat(mirror.of(ids)).isEqualTo(expected);
        });
        assertThat(mirror.of(ids)).as("the mirror is the server's own list").isEqualTo(serverState(provider));
    }

    /** Each review's events stay in order; the reviews' events are shuffled among each other. */
    private static List<Object> interleave(List<List<Object>> lives, Random random) {
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < lives.size(); i++) {
            for (int j = 0; j < lives.get(i).size(); j++) {
                slots.add(i);
            }
        }
        Collections.shuffle(slots, random);
        int[] taken = new int[lives.size()];
        List<Object> events = new ArrayList<>();
        for (int slot : slots) {
            events.add(lives.get(slot).get(taken[slot]++));
        }
        return events;
    }

    /** The provider's published reviews as the API lists them. */
    private Map<String, String> serverState(String provider) {
        Map<String, String> state = new HashMap<>();
        String cursor = null;
        do {
            HttpApi.Response response = api().get("/api/providers/" + provider + "/reviews?limit=100"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            for (JsonNode review : response.json().get("items")) {
                state.put(review.get("id").asString(), stateOf(review));
            }
            JsonNode next = response.json().get("next");
            cursor = next == null || next.isNull() ? null : next.asString();
        } while (cursor != null);
        return state;
    }

    @Test
    void providersIndicatorsFiguresAndStatisticsComeWithTheirDataAndATakenDownReviewWithoutIt() throws Exception {
        TestProviders.open(api(), "Change Site", "CHG03=Change Feed Surgery");
        byte[] indicators = (GenericCsvFile.HEADER + "\nCHG03,Would recommend,2026,91.5,%,,Test survey,\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(new AdminImports(api()).importAndWait("change-indicators.csv", indicators).get("status")
                .asString()).isEqualTo("succeeded");
        ReviewPublished review = ReviewEvents.published("CHG03", 4, "Kind & quick", AT);
        ReviewEvents events = new ReviewEvents(kafka);
        events.send(review, ReviewEvents.outcome(review, "received", null, AT.minusSeconds(60)),
                ReviewEvents.withdrawn(review, 2, AT.plusSeconds(60)),
                ComplaintEvents.received("CHG03", "CF-2026-000301", AT, LocalDate.parse("2026-06-04")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, JsonNode> latest = latestChanges();
            assertThat(latest).containsKeys("provider:CHG03", "indicators:CHG03", "figures:CHG03",
                    "review:" + review.reviewId(), "moderation-statistics:2026-06", "complaint-statistics:CHG03");
            assertThat(latest.get("moderation-statistics:2026-06").at("/data/received").asLong()).isPositive();
            assertThat(latest.get("complaint-statistics:CHG03").at("/data/code").asString()).isEqualTo("CHG03");
            assertThat(latest.get("complaint-statistics:CHG03").at("/data/months")).isNotEmpty();
            assertThat(latest.get("provider:CHG03").get("change").asString()).isEqualTo("upserted");
            assertThat(latest.get("provider:CHG03").at("/data/name").asString()).isEqualTo("Change Feed Surgery");
            assertThat(latest.get("indicators:CHG03").at("/data/0/value").asDouble()).isEqualTo(91.5);
            assertThat(latest.get("figures:CHG03").at("/data/reviewOutcomes")).isNotNull();
            JsonNode withdrawn = latest.get("review:" + review.reviewId());
            assertThat(withdrawn.get("change").asString()).isEqualTo("withdrawn");
            assertThat(withdrawn.has("data")).isFalse();
            assertThat(withdrawn.get("at").asString()).isNotBlank();
        });
    }

    /** Every change from the start, the last of each thing by kind and id. */
    private Map<String, JsonNode> latestChanges() {
        Map<String, JsonNode> latest = new HashMap<>();
        String path = "/api/changes?limit=1000";
        while (true) {
            JsonNode page = api().get(path).json();
            for (JsonNode change : page.get("changes")) {
                latest.put(change.get("kind").asString() + ":" + change.get("id").asString(), change);
            }
            if (page.get("caughtUp").asBoolean()) {
                return latest;
            }
            path = "/api/changes?limit=1000&since=" + page.get("position").asLong();
        }
    }

    @Test
    void aReaderIsGivenOnlyAnUnbrokenRunOfPositions() {
        long base = 1_000_000_000_000L;
        try {
            for (long position : List.of(base + 1, base + 2, base + 4)) {
                mongo.save(new Document("_id", position).append("kind", "review").append("id", "r" + position)
                        .append("at", new java.util.Date()), "changes");
            }

            JsonNode page = api().get("/api/changes?since=" + base).json();

            assertThat(page.get("changes").findValuesAsString("id")).containsExactly("r" + (base + 1), "r" + (base + 2));
            assertThat(page.get("position").asLong()).isEqualTo(base + 2);
            assertThat(page.get("changes").get(0).get("change").asString()).as("a review the server does not know")
                    .isEqualTo("removed");
        } finally {
            mongo.remove(Query.query(Criteria.where("_id").gt(base)), "changes");
        }
    }

    @Test
    void badPositionsAndPageSizesAreRefusedNamingTheParameter() {
        assertBadParameter(api().get("/api/changes?since=abc"), "since");
        assertBadParameter(api().get("/api/changes?since=-1"), "since");
        assertBadParameter(api().get("/api/changes?since=900000000000000000"), "since");
        assertBadParameter(api().get("/api/changes?limit=0"), "limit");
        assertBadParameter(api().get("/api/changes?limit=1001"), "limit");
        assertProblem(api().get("/api/changes?since=99999999999999999999999"), 400);
    }
}
