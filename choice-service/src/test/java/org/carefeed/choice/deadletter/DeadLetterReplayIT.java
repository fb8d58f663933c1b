package org.carefeed.choice.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.carefeed.testsupport.ProblemAssertions.assertProblem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.carefeed.choice.admin.TestAdministrator;
import org.carefeed.choice.review.ReviewEvents;
import org.carefeed.events.EncodedEvent;
import org.carefeed.events.EventCodec;
import org.carefeed.events.ReviewPublished;
import org.carefeed.events.Topics;
import org.carefeed.platform.kafka.CloudEventRecords;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import tools.jackson.databind.JsonNode;

/**
 * An administrator lists a review parked on the dead-letter topic, with why it failed, and replays it
 * once the cause is fixed; a parked review taken down since is never replayed.
 */
class DeadLetterReplayIT extends IntegrationTest {

    private static final String DLT = Topics.deadLetter(Topics.REVIEWS);
    private static final Instant RECENTLY = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(3));

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Test
    void aParkedReviewIsListedAndReplayedAndATakenDownOneIsNot() throws Exception {
        HttpApi admin = api().bearer(TestAdministrator.token());
        ReviewPublished parked = ReviewEvents.published("RDL01", 4, "Parked while the database was away", RECENTLY);
        ReviewPublished takenDown = ReviewEvents.published("RDL01", 2, "Withdrawn since", RECENTLY);
        park(parked);
        park(takenDown);
        ReviewEvents events = new ReviewEvents(kafka);
        events.send(takenDown, ReviewEvents.withdrawn(takenDown, 2, RECENTLY.plusSeconds(60)));
        await().atMost(Duration.ofSeconds(30)).until(() -> admin.get("/api/admin/dead-letters?topic=" + DLT + "&limit=1000")
                .json().get("items").valueStream().filter(this::ours).count() == 2);

        JsonNode listed = admin.get("/api/admin/dead-letters?topic=" + DLT + "&limit=1000").json().get("items")
                .valueStream().filter(letter -> parked.reviewId().toString().equals(letter.get("key").asString()))
                .findFirst().orElseThrow();
        assertThat(listed.get("message").asString()).isEqualTo("MongoDB was unreachable");
        assertThat(listed.get("originalTopic").asString()).isEqualTo(Topics.REVIEWS);
        assertThat(listed.toString()).as("never the words").doesNotContain("Parked while");
        assertProblem(admin.get("/api/admin/dead-letters?topic=carefeed.providers.v1"), 404);

        HttpApi.Response replayed = admin.post(replayPath(listed), "application/json", "");

        assertThat(replayed.status()).as(replayed.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get("/api/providers/RDL01/reviews").body()
                .contains("Parked while the database was away"));
        JsonNode withdrawnLetter = admin.get("/api/admin/dead-letters?topic=" + DLT + "&limit=1000").json().get("items")
                .valueStream().filter(letter -> takenDown.reviewId().toString().equals(letter.get("key").asString()))
                .findFirst().orElseThrow();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertProblem(admin.post(replayPath(withdrawnLetter), "application/json", ""), 409));
        assertProblem(admin.post("/api/admin/dead-letters/" + DLT + "/0/99999999/replay", "application/json", ""), 404);
    }

    private boolean ours(JsonNode letter) {
        return letter.get("originalTopic").asString().equals(Topics.REVIEWS) && "MongoDB was unreachable"
                .equals(letter.get("message").asString());
    }

    private static String replayPath(JsonNode letter) {
        return "/api/admin/dead-letters/" + DLT + "/" + letter.get("partition").asInt() + "/"
                + letter.get("offset").asLong() + "/replay";
    }

    /** As the listener's error handler would have parked it, after the database stayed away too long. */
    private void park(ReviewPublished review) throws Exception {
        EncodedEvent encoded = new EventCodec("/carefeed/test").encode(review);
        ProducerRecord<String, String> record = CloudEventRecords.toProducerRecord(
                new EncodedEvent(DLT, encoded.key(), encoded.headers(), encoded.value()));
        record.headers().add(KafkaHeaders.DLT_ORIGINAL_TOPIC, Topics.REVIEWS.getBytes(StandardCharsets.UTF_8));
        record.headers().add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, "MongoDB was unreachable".getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get();
    }
}
