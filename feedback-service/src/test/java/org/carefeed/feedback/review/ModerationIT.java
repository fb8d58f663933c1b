package org.carefeed.feedback.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carefeed.feedback.FeedbackFixture.pathOf;
import static org.carefeed.feedback.FeedbackFixture.review;
import static org.carefeed.testsupport.ProblemAssertions.assertFieldsAtFault;
import static org.carefeed.testsupport.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.carefeed.events.CloudEventHeaders;
import org.carefeed.events.EventCodec;
import org.carefeed.events.ReviewPublished;
import org.carefeed.events.ReviewTakenDown;
import org.carefeed.events.Topics;
import org.carefeed.feedback.FeedbackFixture;
import org.carefeed.feedback.directory.DirectoryFixture;
import org.carefeed.platform.kafka.CloudEventRecords;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.carefeed.testsupport.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/** A review's life: queued, published or rejected by a moderator, reported, removed or kept, withdrawn. */
class ModerationIT extends IntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    @Autowired
    KafkaConnectionDetails kafka;

    FeedbackFixture fixture;
    HttpApi moderator;
    String provider;

    @BeforeEach
    void setUp() throws Exception {
        provider = FeedbackFixture.uniqueCode();
        new DirectoryFixture(kafkaTemplate, mongo).open(provider);
        fixture = new FeedbackFixture(api());
        moderator = fixture.newAccount("MODERATOR");
    }

    private TopicReader reviewsTopic() {
        return new TopicReader(String.join(",", kafka.getBootstrapServers()), Topics.REVIEWS);
    }

    @Test
    void moderatorSeesTheOriginalAndPublishesTheRedactedVersion() {
        String text = "Nurse Jo (jo.bloggs@example.nhs.uk, 07700 900123) sorted my NHS number 943 476 5919 "
                + "and my address at SW1A 1AA. My reference 1234567890 was fine.";
        String id = fixture.submit(review(provider, 5, "Call 020 7946 0018", text)).json().get("id").asString();

        JsonNode queued = moderator.get("/api/moderation/reviews/" + id).json();
        assertThat(queued.get("text").asString()).as("original, for moderators").isEqualTo(text);
        assertThat(queued.get("publicText").asString()).isEqualTo("Nurse Jo ([email address removed], "
                + "[phone number removed]) sorted my NHS number [NHS number removed] and my address at "
                + "[postcode removed]. My reference 1234567890 was fine.");
        assertThat(queued.get("queuedAt").isNull()).as("in the queue").isFalse();
        assertThat(moderator.get("/api/moderation/queue?limit=1").json().get("total").asLong()).isPositive();

        HttpApi.Response decided = fixture.decide(moderator, id, "{\"decision\": \"publish\"}");

        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("status").asString()).isEqualTo("published");
        try (TopicReader reader = reviewsTopic()) {
            ConsumerRecord<String, String> record = reader.awaitRecord(r -> id.equals(r.key()), Duration.ofSeconds(30));
            assertThat(CloudEventRecords.header(record, CloudEventHeaders.TYPE)).isEqualTo("org.carefeed.review.published.v1");
            ReviewPublished event = (ReviewPublished) new EventCodec("/test")
                    .decode(CloudEventRecords.typeOf(record), record.value()).orElseThrow();
            assertThat(event.reviewId()).isEqualTo(UUID.fromString(id));
            assertThat(event.revision()).isEqualTo(1);
            assertThat(event.title()).isEqualTo("Call [phone number removed]");
            assertThat(event.serviceName()).isEqualTo("Maternity");
            assertThat(event.displayName()).isEqualTo("Sam");
            assertThat(event.visitMonth()).isEqualTo(FeedbackFixture.thisMonth());
            assertThat(record.value()).contains("[NHS number removed]", "[email address removed]", "1234567890")
                    .doesNotContain("943 476 5919", "jo.bloggs", "07700", "SW1A 1AA", "7946");
        }
        assertThat(api().get("/api/reviews/" + id).json().get("text").asString()).contains("[postcode removed]");
        Document stored = mongo.findById(id, Document.class, "reviews");
        assertThat(stored.getList("audit", Document.class)).last()
                .satisfies(entry -> assertThat(entry.getString("actor")).startsWith("moderator:"));
    }

    @Test
    void moderatorMayEditThePublicTextWhichIsRedactedAgain() {
        String id = fixture.submit(review(provider, 3, "Fine", "The receptionist Mrs Smith was rude to me.")).json()
                .get("id").asString();

        HttpApi.Response decided = fixture.decide(moderator, id, """
                {"decision": "publish", "publicText": "The receptionist was rude to me. Call 07700 900123."}
                """);

        assertThat(decided.json().get("publicText").asString())
                .isEqualTo("The receptionist was rude to me. Call [phone number removed].");
        // The trail says an edit happened, and by whom; the words it replaced are not kept there.
        List<Document> trail = mongo.findById(id, Document.class, "reviews").getList("audit", Document.class);
        Document edit = trail.stream().filter(entry -> "edited".equals(entry.getString("action"))).findFirst().orElseThrow();
        assertThat(edit.getString("actor")).startsWith("moderator:");
        assertThat(edit.getString("note")).startsWith("edited the text (").doesNotContain("Smith", "receptionist");
    }

    @Test
    void rejectionNeedsAReasonFromTheListAndTheAuthorSeesIt() {
        HttpApi.Response receipt = fixture.submit(review(provider, 1, "Awful", "Nothing at all went right that day."));
        String id = receipt.json().get("id").asString();

        assertFieldsAtFault(fixture.decide(moderator, id, "{\"decision\": \"reject\"}"), 400, "reason");
        assertFieldsAtFault(fixture.decide(moderator, id, "{\"decision\": \"reject\", \"reason\": \"rude\"}"), 400,
                "reason");
        assertFieldsAtFault(fixture.decide(moderator, id, "{\"decision\": \"reject\", \"reason\": \"other\"}"), 400,
                "note");
        HttpApi.Response rejected = fixture.decide(moderator, id, """
                {"decision": "reject", "reason": "personal-information", "note": "names a member of staff"}
                """);

        assertThat(rejected.json().get("status").asString()).isEqualTo("rejected");
        JsonNode author = api().get(pathOf(receipt.json().get("privateLink").asString())).json();
        assertThat(author.get("status").asString()).isEqualTo("rejected");
        assertThat(author.get("canWithdraw").asBoolean()).isFalse();
        assertThat(author.get("timeline").get(2).get("reason").asString()).contains("identifies someone");
        assertThat(author.toString()).as("no moderator identity or note for the author")
                .doesNotContain("moderator:", "names a member of staff");
        assertProblem(fixture.decide(moderator, id, "{\"decision\": \"publish\"}"), 409);
        assertProblem(api().get("/api/reviews/" + id), 404);
    }

    @Test
    void reportedReviewGoesBackToTheQueueAndIsRemovedWhenUpheld() {
        String id = fixture.published(moderator, review(provider, 2, "Rude", "The doctor was rude and dismissive."));

        HttpApi.Response report = api().postJson("/api/reviews/" + id + "/reports",
                "{\"reason\": \"false-or-misleading\", \"detail\": \"This did not happen\"}");

        assertThat(report.status()).isEqualTo(202);
        JsonNode queued = moderator.get("/api/moderation/reviews/" + id).json();
        assertThat(queued.get("status").asString()).as("stays public meanwhile").isEqualTo("published");
        assertThat(queued.get("openReports").asInt()).isEqualTo(1);
        assertThat(queued.get("queuedAt").isNull()).isFalse();

        HttpApi.Response removed = fixture.decide(moderator, id,
                "{\"decision\": \"remove\", \"reason\": \"false-or-misleading\", \"note\": \"upheld\"}");

        assertThat(removed.json().get("status").asString()).isEqualTo("removed");
        assertThat(removed.json().get("reports").get(0).get("outcome").asString()).isEqualTo("upheld");
        assertProblem(api().get("/api/reviews/" + id), 404);
        try (TopicReader reader = reviewsTopic()) {
            ConsumerRecord<String, String> record = reader.awaitRecord(r -> id.equals(r.key()) && r.value() == null,
                    Duration.ofSeconds(30));
            ReviewTakenDown tombstone = ReviewTakenDown.read(record.key(), CloudEventRecords.headers(record)).orElseThrow();
            assertThat(tombstone.revision()).isEqualTo(2);
            assertThat(tombstone.reason()).isEqualTo("removed");
        }
        try (TopicReader outcomes = new TopicReader(String.join(",", kafka.getBootstrapServers()), Topics.REVIEW_OUTCOMES)) {
            ConsumerRecord<String, String> record = outcomes.awaitRecord(r -> r.value().contains(id)
                    && r.value().contains("\"outcome\":\"removed\""), Duration.ofSeconds(30));
            assertThat(record.value()).contains("\"reason\":\"false-or-misleading\"");
        }
        assertThat(mongo.findById(id, Document.class, "reviews").getList("audit", Document.class))
                .extracting(entry -> entry.getString("action"))
                .containsExactly("submitted", "queued-for-moderation", "published", "reported", "removed");
    }

    @Test
    void aBurstOfReportsIsAllKeptWhileAModeratorDecides() throws Exception {
        String id = fixture.published(moderator, review(provider, 2, "Rude", "The doctor was rude and dismissive."));
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            calls.add(() -> api().postJson("/api/reviews/" + id + "/reports", "{\"reason\": \"spam\"}").status());
        }
        calls.add(() -> {
            api().postJson("/api/reviews/" + id + "/reports", "{\"reason\": \"abusive\"}");
            return fixture.decide(moderator, id, "{\"decision\": \"keep\"}").status();
        });
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (Future<Integer> answer : pool.invokeAll(calls)) {
                assertThat(answer.get()).isIn(200, 202);
            }
        } finally {
            pool.shutdown();
        }

        Document stored = mongo.findById(id, Document.class, "reviews");
        assertThat(stored.getInteger("reportCount")).as("no report lost to a concurrent change").isEqualTo(13);
        assertThat(stored.getList("reports", Document.class)).hasSize(13);
        assertThat(stored.getList("audit", Document.class)).as("the trail does not grow with every report")
                .filteredOn(entry -> entry.getString("action").equals("reported")).hasSizeBetween(1, 2);
    }

    @Test
    void reportsFoundUnfoundedLeaveTheReviewPublic() {
        String id = fixture.published(moderator, review(provider, 4, "Good", "Quick and friendly service today."));
        api().postJson("/api/reviews/" + id + "/reports", "{\"reason\": \"spam\"}");

        HttpApi.Response kept = fixture.decide(moderator, id, "{\"decision\": \"keep\"}");

        assertThat(kept.json().get("status").asString()).isEqualTo("published");
        assertThat(kept.json().get("queuedAt").isNull()).isTrue();
        assertThat(api().get("/api/reviews/" + id).status()).isEqualTo(200);
        assertProblem(fixture.decide(moderator, id, "{\"decision\": \"remove\", \"reason\": \"spam\"}"), 409);
    }

    @Test
    void onlyPublishedReviewsCanBeReportedAndReportsAreChecked() {
        String waiting = fixture.submit(review(provider, 4, "Good", "Quick and friendly service today.")).json()
                .get("id").asString();

        assertProblem(api().postJson("/api/reviews/" + waiting + "/reports", "{\"reason\": \"spam\"}"), 404);
        assertProblem(api().postJson("/api/reviews/" + UUID.randomUUID() + "/reports", "{\"reason\": \"spam\"}"), 404);
        assertFieldsAtFault(api().postJson("/api/reviews/" + waiting + "/reports", "{\"reason\": \"boring\"}"), 400,
                "reason");
    }

    @Test
    void authorWithdrawsAPublishedReviewOnce() {
        HttpApi.Response receipt = fixture.submit(review(provider, 3, "Changed my mind",
                "I wrote this in a hurry and want it gone."));
        String id = receipt.json().get("id").asString();
        fixture.decide(moderator, id, "{\"decision\": \"publish\"}");
        String link = pathOf(receipt.json().get("privateLink").asString());

        HttpApi.Response withdrawn = api().post(link + "/withdraw", "application/json", "");

        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("withdrawn");
        assertProblem(api().post(link + "/withdraw", "application/json", ""), 409);
        assertProblem(api().get("/api/reviews/" + id), 404);
        try (TopicReader reader = reviewsTopic()) {
            ConsumerRecord<String, String> record = reader.awaitRecord(r -> id.equals(r.key()) && r.value() == null,
                    Duration.ofSeconds(30));
            assertThat(CloudEventRecords.header(record, ReviewTakenDown.REVISION)).isEqualTo("2");
            assertThat(CloudEventRecords.header(record, ReviewTakenDown.REASON)).isEqualTo("withdrawn");
        }
    }

    @Test
    void reviewWithdrawnBeforeModerationNeverReachesTheTopic() {
        HttpApi.Response receipt = fixture.submit(review(provider, 3, "Oops", "Sent to the wrong place, sorry."));
        String id = receipt.json().get("id").asString();

        api().post(pathOf(receipt.json().get("privateLink").asString()) + "/withdraw", "application/json", "");

        assertProblem(fixture.decide(moderator, id, "{\"decision\": \"publish\"}"), 409);
        assertThat(mongo.findById(id, Document.class, "reviews").getInteger("revision")).as("no event recorded")
                .isZero();
        assertThat(moderator.get("/api/moderation/reviews/" + id).json().get("queuedAt").isNull())
                .as("out of the queue").isTrue();
    }
}
