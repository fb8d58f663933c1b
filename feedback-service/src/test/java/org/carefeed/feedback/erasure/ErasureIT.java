package org.carefeed.feedback.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carefeed.feedback.FeedbackFixture.pathOf;
import static org.carefeed.feedback.FeedbackFixture.review;
import static org.carefeed.testsupport.ProblemAssertions.assertFieldsAtFault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.carefeed.events.Topics;
import org.carefeed.feedback.FeedbackFixture;
import org.carefeed.feedback.directory.DirectoryFixture;
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

/**
 * Withdrawal, removal, rejection and both kinds of erasure request each leave no word of the review in
 * any collection of this service's database, and put a tombstone on the review's key in the reviews
 * topic and its dead-letter topic, with the outcome counted on the outcomes topic. That compaction
 * then erases the topics' copies, and choice-service's, is proved end to end on the local stack
 * (local-stack's ErasureIT).
 */
class ErasureIT extends IntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    @Autowired
    KafkaConnectionDetails kafka;

    FeedbackFixture fixture;
    HttpApi moderator;
    HttpApi admin;
    String provider;

    @BeforeEach
    void setUp() throws Exception {
        provider = FeedbackFixture.uniqueCode();
        new DirectoryFixture(kafkaTemplate, mongo).open(provider);
        fixture = new FeedbackFixture(api());
        moderator = fixture.newAccount("MODERATOR");
        admin = fixture.asAdmin();
    }

    @Test
    void withdrawnReviewLeavesNoWordAndATombstone() {
        String phrase = phrase();
        Submitted review = publish(phrase);

        api().post(review.link() + "/withdraw", "application/json", "");

        assertNowhereInTheDatabase(phrase);
        assertTakenDown(review.id(), "withdrawn", "withdrawn");
    }

    @Test
    void removedReviewLeavesNoWordEvenInItsReports() {
        String phrase = phrase();
        Submitted review = publish(phrase);
        api().postJson("/api/reviews/" + review.id() + "/reports",
                "{\"reason\": \"abusive\", \"detail\": \"It says " + phrase + " about a nurse\"}");

        fixture.decide(moderator, review.id(), "{\"decision\": \"remove\", \"reason\": \"abusive\", \"note\": \"upheld\"}");

        assertNowhereInTheDatabase(phrase);
        assertTakenDown(review.id(), "removed", "removed");
        assertThat(mongo.findById(review.id(), Document.class, "reviews").getList("audit", Document.class))
                .as("notes may quote the review: who, when and the reason code stay, the words go")
                .filteredOn(entry -> "removed".equals(entry.getString("action")))
                .allSatisfy(entry -> {
                    assertThat(entry.getString("reason")).isEqualTo("abusive");
                    assertThat(entry.getString("note")).isEqualTo("(note erased with the review)");
                });
    }

    @Test
    void rejectedReviewLeavesNoWordAndNeverReachedTheReviewsTopic() {
        String phrase = phrase();
        String id = fixture.submit(review(provider, 1, "Awful " + phrase, "Story with " + phrase + " in it."))
                .json().get("id").asString();

        fixture.decide(moderator, id, "{\"decision\": \"reject\", \"reason\": \"not-about-care\", \"note\": \"off topic\"}");

        assertNowhereInTheDatabase(phrase);
        assertOutcome(id, "rejected");
        try (TopicReader reviews = new TopicReader(bootstrapServers(), Topics.REVIEWS)) {
            reviews.awaitRecord(record -> true, Duration.ofSeconds(30));
            assertThat(reviews.seen(record -> id.equals(record.key()))).isEmpty();
        }
    }

    @Test
    void authorErasesTheirReviewAndTheProvidersResponseThroughThePrivateLink() {
        String phrase = phrase();
        Submitted review = publish(phrase);
        HttpApi staff = fixture.newAccount("STAFF", provider);
        staff.postJson("/api/reviews/" + review.id() + "/response", "{\"text\": \"Sorry about " + phrase + ".\"}");

        HttpApi.Response erased = api().post(review.link() + "/erase", "application/json", "");

        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.json().get("status").asString()).isEqualTo("erased");
        assertThat(erased.json().get("erased").valueStream().map(JsonNode::asString).toList())
                .containsExactly("original", "public version", "provider response");
        assertThat(erased.json().get("topicsErasedWithin").isNull()).as("it was public").isFalse();
        assertNowhereInTheDatabase(phrase);
        assertTakenDown(review.id(), "erased", "erased");
        JsonNode asked = api().get(review.link()).json();
        assertThat(asked.get("status").asString()).isEqualTo("erased");
        assertThat(asked.get("canErase").asBoolean()).isFalse();
        assertThat(api().post(review.link() + "/erase", "application/json", "").json().get("erased").isEmpty())
                .as("asked again, nothing is left").isTrue();
    }

    @Test
    void adminErasesAReviewForARequestReceivedByLetterWithTheReasonInTheTrail() {
        String phrase = phrase();
        Submitted review = publish(phrase);

        assertFieldsAtFault(admin.postJson("/api/admin/reviews/" + review.id() + "/erasure", "{\"reason\": \" \"}"),
                400, "reason");
        HttpApi.Response erased = admin.postJson("/api/admin/reviews/" + review.id() + "/erasure",
                "{\"reason\": \"Letter from the author, ref L-1\"}");

        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.json().get("status").asString()).isEqualTo("erased");
        assertNowhereInTheDatabase(phrase);
        assertTakenDown(review.id(), "erased", "erased");
        Document trail = mongo.findById(review.id(), Document.class, "reviews").getList("audit", Document.class)
                .stream().filter(entry -> "erased".equals(entry.getString("action"))).findFirst().orElseThrow();
        assertThat(trail.getString("actor")).startsWith("admin:");
        assertThat(trail.getString("note")).isEqualTo("Letter from the author, ref L-1");
        assertThat(moderator.postJson("/api/admin/reviews/" + review.id() + "/erasure", "{\"reason\": \"x\"}").status())
                .isEqualTo(403);
        assertThat(admin.postJson("/api/admin/reviews/" + UUID.randomUUID() + "/erasure", "{\"reason\": \"x\"}").status())
                .isEqualTo(404);
    }

    @Test
    void adminErasesAComplaintsDescriptionAndContactDetailsAndItsHandlingStays() {
        String phrase = phrase();
        String reference = api().postJson("/api/complaints",
                FeedbackFixture.complaint(provider, "Nobody told me about " + phrase + " for weeks."))
                .json().get("reference").asString();

        HttpApi.Response erased = admin.postJson("/api/admin/complaints/" + reference + "/erasure",
                "{\"reason\": \"Phone call from the complainant, ref P-7\"}");

        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.json().get("erased").valueStream().map(JsonNode::asString).toList())
                .containsExactly("description", "contact details");
        assertNowhereInTheDatabase(phrase);
        assertNowhereInTheDatabase("alex@example.com");
        Document complaint = mongo.findById(reference, Document.class, "complaints");
        assertThat(complaint.getString("status")).isEqualTo("RECEIVED");
        assertThat(complaint.getList("timeline", Document.class)).extracting(step -> step.getString("actor"))
                .contains("complainant").anyMatch(actor -> actor.startsWith("admin:"));
    }

    @Test
    void aReviewStillPublicIsFoundSoTheScanCanFindWords() {
        String phrase = phrase();
        publish(phrase);

        assertThat(documentsContaining(phrase)).isNotEmpty();
    }

    private record Submitted(String id, String link) {
    }

    private Submitted publish(String phrase) {
        HttpApi.Response receipt = fixture.submit(review(provider, 2, "Title " + phrase, "A story about " + phrase + "."));
        String id = receipt.json().get("id").asString();
        fixture.decide(moderator, id, "{\"decision\": \"publish\", \"publicText\": \"Edited story about " + phrase + ".\"}");
        return new Submitted(id, pathOf(receipt.json().get("privateLink").asString()));
    }

    private static String phrase() {
        return "quokka" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void assertNowhereInTheDatabase(String phrase) {
        assertThat(documentsContaining(phrase)).as("documents holding %s", phrase).isEmpty();
    }

    /** Every document of every collection of this service's database, as stored. */
    private List<String> documentsContaining(String phrase) {
        List<String> found = new ArrayList<>();
        for (String collection : mongo.getCollectionNames()) {
            for (Document document : mongo.findAll(Document.class, collection)) {
                if (document.toJson().contains(phrase)) {
                    found.add(collection + " " + document.get("_id"));
                }
            }
        }
        return found;
    }

    /** A tombstone on the review's key in the reviews topic and its dead-letter topic, and the outcome counted. */
    private void assertTakenDown(String id, String reason, String outcome) {
        for (String topic : List.of(Topics.REVIEWS, Topics.deadLetter(Topics.REVIEWS))) {
            try (TopicReader reader = new TopicReader(bootstrapServers(), topic)) {
                ConsumerRecord<String, String> tombstone = reader.awaitRecord(
                        record -> id.equals(record.key()) && record.value() == null, Duration.ofSeconds(30));
                assertThat(new String(tombstone.headers().lastHeader("ce_reason").value())).as(topic).isEqualTo(reason);
            }
        }
        assertOutcome(id, outcome);
    }

    private void assertOutcome(String id, String outcome) {
        try (TopicReader outcomes = new TopicReader(bootstrapServers(), Topics.REVIEW_OUTCOMES)) {
            outcomes.awaitRecord(record -> record.value().contains(id)
                    && record.value().contains("\"outcome\":\"" + outcome + "\""), Duration.ofSeconds(30));
        }
    }

    private String bootstrapServers() {
        return String.join(",", kafka.getBootstrapServers());
    }
}
