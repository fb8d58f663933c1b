package org.carefeed.feedback.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carefeed.feedback.FeedbackFixture.complaint;
import static org.carefeed.feedback.FeedbackFixture.pathOf;
import static org.carefeed.testsupport.ProblemAssertions.assertFieldsAtFault;
import static org.carefeed.testsupport.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.carefeed.events.ComplaintStatusChanged;
import org.carefeed.events.EventCodec;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/** A complaint from receipt to resolution, as the complainant, the provider's staff and the topic see it. */
class ComplaintIT extends IntegrationTest {

    private static final String WHAT_HAPPENED = "My father waited nine hours on a trolley without water.";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    @Autowired
    KafkaConnectionDetails kafka;

    FeedbackFixture fixture;
    HttpApi staff;
    String provider;

    @BeforeEach
    void setUp() throws Exception {
        provider = FeedbackFixture.uniqueCode();
        new DirectoryFixture(kafkaTemplate, mongo).open(provider);
        fixture = new FeedbackFixture(api());
        staff = fixture.newAccount("STAFF", provider);
    }

    @Test
    void complaintMovesThroughItsWorkflowAndTheComplainantSeesOnlyTheTimeline() {
        HttpApi.Response created = api().postJson("/api/complaints", complaint(provider, WHAT_HAPPENED));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String reference = created.json().get("reference").asString();
        assertThat(reference).matches("CF-\\d{4}-\\d{6}");
        assertThat(created.json().get("status").asString()).isEqualTo("received");
        assertThat(created.json().get("urgentHelp").isNull()).isTrue();
        LocalDate due = LocalDate.parse(created.json().get("acknowledgementDueBy").asString());
        assertThat(due).isAfter(LocalDate.now(ZoneId.of("Europe/London")).plusDays(2));
        String tracking = pathOf(created.json().get("trackingLink").asString());
        assertThat(created.location()).isEqualTo(created.json().get("trackingLink").asString());

        assertThat(move(reference, "{\"status\": \"acknowledged\", \"note\": \"Called Alex\"}").status()).isEqualTo(200);
        assertThat(move(reference, "{\"status\": \"investigating\"}").status()).isEqualTo(200);
        assertFieldsAtFault(move(reference, "{\"status\": \"resolved\"}"), 400, "outcomeSummary");
        HttpApi.Response resolved = move(reference,
                "{\"status\": \"resolved\", \"outcomeSummary\": \"Apology given; water rounds added.\"}");
        assertThat(resolved.json().get("status").asString()).isEqualTo("resolved");
        assertThat(resolved.json().get("timeline")).hasSize(4);
        assertProblem(move(reference, "{\"status\": \"closed\"}"), 409);

        JsonNode tracked = api().get(tracking).json();
        assertThat(tracked.get("status").asString()).isEqualTo("resolved");
        assertThat(tracked.get("timeline")).extracting(step -> step.get("status").asString())
                .containsExactly("received", "acknowledged", "investigating", "resolved");
        assertThat(tracked.toString()).as("the tracking link shows the status timeline and nothing else")
                .doesNotContain("trolley", "alex@example.com", "Alex Patient", "Called Alex", "Apology", "staff:");
        assertProblem(api().get("/api/complaint-links/" + "B".repeat(43)), 404);
    }

    @Test
    void theComplaintsTopicCarriesNoFreeTextAndNoContactDetails() {
        String reference = api().postJson("/api/complaints", complaint(provider, WHAT_HAPPENED)).json()
                .get("reference").asString();
        move(reference, "{\"status\": \"acknowledged\", \"note\": \"Left a message for Alex\"}");

        try (TopicReader reader = new TopicReader(String.join(",", kafka.getBootstrapServers()), Topics.COMPLAINTS)) {
            ConsumerRecord<String, String> acknowledged = reader.awaitRecord(
                    r -> r.value().contains(reference) && r.value().contains("\"revision\":2"), Duration.ofSeconds(30));
            ComplaintStatusChanged event = (ComplaintStatusChanged) new EventCodec("/test")
                    .decode(CloudEventRecords.typeOf(acknowledged), acknowledged.value()).orElseThrow();
            assertThat(event.status()).isEqualTo("acknowledged");
            assertThat(event.category()).isEqualTo("delays");
            assertThat(event.acknowledgedAt()).isNotNull();
            assertThat(acknowledged.key()).isEqualTo(provider);
            for (ConsumerRecord<String, String> record : reader.seen(r -> r.value().contains(reference))) {
                assertThat(record.value()).doesNotContain("trolley", "alex@example.com", "0113", "Alex", "apology");
            }
        }
    }

    @Test
    void complainingAboutSomethingHappeningNowPointsToUrgentHelp() {
        HttpApi.Response created = api().postJson("/api/complaints", complaint(provider, WHAT_HAPPENED)
                .replace("\"happeningNow\": false", "\"happeningNow\": true"));

        assertThat(created.json().get("urgentHelp").asString()).contains("999", "111");
    }

    @Test
    void overdueAcknowledgementsShowForStaff() {
        String late = api().postJson("/api/complaints", complaint(provider, WHAT_HAPPENED)).json()
                .get("reference").asString();
        api().postJson("/api/complaints", complaint(provider, WHAT_HAPPENED));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(late)),
                Update.update("acknowledgementDueBy", Date.from(java.time.Instant.parse("2026-01-02T00:00:00Z"))),
                "complaints");

        JsonNode overdue = staff.get("/api/providers/" + provider + "/feedback?type=complaints&overdue=true").json();

        assertThat(overdue.get("items")).extracting(item -> item.get("reference").asString()).containsExactly(late);
        assertThat(overdue.get("items").get(0).get("acknowledgementOverdue").asBoolean()).isTrue();
        assertThat(overdue.get("items").get(0).get("description").asString()).isEqualTo(WHAT_HAPPENED);
        assertThat(staff.get("/api/providers/" + provider + "/feedback/summary").json()
                .at("/complaints/acknowledgementOverdue").asLong()).isEqualTo(1);
    }

    @Test
    void contactIsNeededAndPreferredContactMustBeOneGiven() {
        String noContact = complaint(provider, WHAT_HAPPENED)
                .replace("\"email\": \"alex@example.com\"", "\"email\": \"\"")
                .replace("\"phone\": \"0113 496 0000\"", "\"phone\": null");
        String preferPhoneWithoutOne = complaint(provider, WHAT_HAPPENED)
                .replace("\"phone\": \"0113 496 0000\"", "\"phone\": \" \"")
                .replace("\"preferredContact\": \"email\"", "\"preferredContact\": \"phone\"");

        assertFieldsAtFault(api().postJson("/api/complaints", noContact), 400, "email", "phone");
        assertFieldsAtFault(api().postJson("/api/complaints", preferPhoneWithoutOne), 400, "preferredContact");
    }

    @Test
    void badComplaintsNameEveryFieldAtFaultAndLeaveNoTrace() {
        long before = mongo.count(new Query(), "complaints");

        HttpApi.Response response = api().postJson("/api/complaints", """
                {"providerCode": {"$ne": ""}, "category": "rudeness", "description": "Too short",
                 "happeningNow": "maybe", "consentToContact": false}
                """);
        HttpApi.Response fields = api().postJson("/api/complaints", """
                {"providerCode": "%s", "category": "lost property", "description": "Too short",
                 "email": "not-an-email", "preferredContact": "post", "consentToContact": false}
                """.formatted(provider));

        assertFieldsAtFault(response, 400, "providerCode");
        assertFieldsAtFault(fields, 400, "category", "description", "desiredOutcome", "happeningNow", "contactName",
                "email", "preferredContact", "consentToContact");
        assertFieldsAtFault(api().postJson("/api/complaints", complaint(FeedbackFixture.uniqueCode(), WHAT_HAPPENED)),
                422, "providerCode");
        assertThat(mongo.count(new Query(), "complaints")).isEqualTo(before);
    }

    @Test
    void statusChangesFollowTheWorkflow() {
        String reference = api().postJson("/api/complaints", complaint(provider, WHAT_HAPPENED)).json()
                .get("reference").asString();

        assertProblem(move(reference, "{\"status\": \"investigating\"}"), 409);
        assertFieldsAtFault(move(reference, "{\"status\": \"received\"}"), 400, "status");
        // Closing without a resolution: only with a reason from the list, and a note.
        assertFieldsAtFault(move(reference, "{\"status\": \"closed\"}"), 400, "closedReason", "note");
        assertFieldsAtFault(move(reference, "{\"status\": \"closed\", \"note\": \"Withdrawn by phone\"}"), 400,
                "closedReason");
        assertFieldsAtFault(move(reference, "{\"status\": \"closed\", \"closedReason\": \"too-busy\", "
                + "\"note\": \"Withdrawn by phone\"}"), 400, "closedReason");
        assertFieldsAtFault(move(reference, "{\"status\": \"acknowledged\", \"closedReason\": \"duplicate\"}"), 400,
                "closedReason");
        HttpApi.Response closed = move(reference, "{\"status\": \"closed\", \"closedReason\": "
                + "\"withdrawn-by-complainant\", \"note\": \"Withdrawn by phone\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("closedReason").asString()).isEqualTo("withdrawn-by-complainant");
        assertThat(mongo.findById(reference, Document.class, "complaints").getString("closedReason"))
                .isEqualTo("withdrawn-by-complainant");
        List<Document> timeline = mongo.findById(reference, Document.class, "complaints")
                .getList("timeline", Document.class);
        assertThat(timeline).extracting(change -> change.getString("actor")).first().isEqualTo("complainant");
        assertThat(timeline.get(1).getString("actor")).startsWith("staff:");
        assertThat(timeline.get(1).getString("note")).isEqualTo("Withdrawn by phone");
    }

    private HttpApi.Response move(String reference, String json) {
        return staff.postJson("/api/complaints/" + reference + "/status", json);
    }
}
