package org.carefeed.feedback.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carefeed.feedback.FeedbackFixture.review;
import static org.carefeed.testsupport.ProblemAssertions.assertFieldsAtFault;
import static org.carefeed.testsupport.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.util.List;

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

class SafeguardingIT extends IntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    @Autowired
    KafkaConnectionDetails kafka;

    FeedbackFixture fixture;
    HttpApi moderator;
    HttpApi staff;
    HttpApi contact;
    HttpApi otherStaff;
    String provider;

    @BeforeEach
    void setUp() throws Exception {
        provider = FeedbackFixture.uniqueCode();
        String other = FeedbackFixture.uniqueCode();
        new DirectoryFixture(kafkaTemplate, mongo).open(provider, other);
        fixture = new FeedbackFixture(api());
        moderator = fixture.newAccount("MODERATOR");
        staff = fixture.newAccount("STAFF", provider);
        otherStaff = fixture.newAccount("STAFF", other);
        contact = api().bearer(fixture.token(contactAccount(), FeedbackFixture.PASSWORD));
    }

    /** A designated safeguarding contact: STAFF of the provider with the SAFEGUARDING role too. */
    private String contactAccount() {
        String email = "safeguarding-" + provider.toLowerCase() + "@test.carefeed";
        HttpApi.Response created = fixture.asAdmin().postJson("/api/admin/accounts", """
                {"email": "%s", "displayName": "Safeguarding Lead", "password": "%s", "roles": ["STAFF", "SAFEGUARDING"],
                 "providerCodes": ["%s"]}
                """.formatted(email, FeedbackFixture.PASSWORD, provider));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return email;
    }

    @Test
    void aPublishedReviewMarkedByAModeratorIsHeldListedAndReleasedOnlyOnceTheConcernIsClosed() throws Exception {
        String id = fixture.published(moderator, review(provider, 1, "Frightened", "My neighbour's child was left alone all day."));

        assertFieldsAtFault(moderator.postJson("/api/moderation/reviews/" + id + "/safeguarding", "{\"note\": \" \"}"),
                400, "note");
        HttpApi.Response raised = moderator.postJson("/api/moderation/reviews/" + id + "/safeguarding",
                "{\"note\": \"A child may be left alone\"}");

        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        assertThat(raised.json().get("status").asString()).as("held from publication").isEqualTo("awaiting-moderation");
        assertProblem(api().get("/api/reviews/" + id), 404);
        assertProblem(moderator.postJson("/api/moderation/reviews/" + id + "/safeguarding", "{\"note\": \"again\"}"), 409);
        assertProblem(fixture.decide(moderator, id, "{\"decision\": \"publish\"}"), 409);
        try (TopicReader reviews = new TopicReader(String.join(",", kafka.getBootstrapServers()), Topics.REVIEWS)) {
            reviews.awaitRecord(r -> id.equals(r.key()) && r.value() == null
                    && "held".equals(new String(r.headers().lastHeader("ce_reason").value())), Duration.ofSeconds(30));
        }

        assertThat(ids(moderator.get("/api/moderation/safeguarding").json().get("reviews"), "id")).contains(id);
        JsonNode held = contact.get("/api/providers/" + provider + "/feedback/safeguarding").json().get("reviews").get(0);
        assertThat(held.get("text").asString()).as("the contact reads what was written").contains("left alone all day");
        assertThat(held.at("/concern/note").asString()).isEqualTo("A child may be left alone");
        assertProblem(staff.get("/api/providers/" + provider + "/feedback/safeguarding"), 403);
        assertProblem(otherStaff.get("/api/providers/" + provider + "/feedback/safeguarding"), 404);
        assertProblem(staff.postJson("/api/providers/" + provider + "/feedback/reviews/" + id + "/safeguarding/resolution",
                "{\"note\": \"not mine to close\"}"), 403);

        HttpApi.Response closed = contact.postJson("/api/providers/" + provider + "/feedback/reviews/" + id
                + "/safeguarding/resolution", "{\"note\": \"Referred to the local authority\"}");

        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(contact.get("/api/providers/" + provider + "/feedback/safeguarding").json().get("reviews").isEmpty()).isTrue();
        assertThat(fixture.decide(moderator, id, "{\"decision\": \"publish\"}").status()).isEqualTo(200);
        assertThat(api().get("/api/reviews/" + id).status()).isEqualTo(200);
        assertThat(mongo.findById(id, Document.class, "reviews").getList("audit", Document.class))
                .extracting(entry -> entry.getString("action"))
                .contains("safeguarding-raised", "safeguarding-resolved");
    }

    @Test
    void staffMarkAComplaintItsContactsSeeItAllAndModeratorsSeeItWithoutTheComplainantsWords() {
        String reference = api().postJson("/api/complaints",
                FeedbackFixture.complaint(provider, "My father says he is afraid of one of the carers."))
                .json().get("reference").asString();

        assertProblem(otherStaff.postJson("/api/providers/" + provider + "/feedback/complaints/" + reference
                + "/safeguarding", "{\"note\": \"not mine\"}"), 404);
        HttpApi.Response raised = staff.postJson("/api/providers/" + provider + "/feedback/complaints/" + reference
                + "/safeguarding", "{\"note\": \"Possible abuse by a carer\"}");

        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        JsonNode forContact = contact.get("/api/providers/" + provider + "/feedback/safeguarding").json()
                .get("complaints").get(0);
        assertThat(forContact.get("description").asString()).contains("afraid of one of the carers");
        assertThat(forContact.get("email").asString()).isEqualTo("alex@example.com");
        JsonNode forModerators = moderator.get("/api/moderation/safeguarding").json().get("complaints");
        JsonNode listed = forModerators.valueStream().filter(c -> reference.equals(c.get("reference").asString()))
                .findFirst().orElseThrow();
        assertThat(listed.get("description").isNull()).isTrue();
        assertThat(listed.get("email").isNull()).isTrue();

        assertThat(contact.postJson("/api/providers/" + provider + "/feedback/complaints/" + reference
                + "/safeguarding/resolution", "{\"note\": \"Carer suspended, police told\"}").status()).isEqualTo(200);
        assertThat(mongo.findById(reference, Document.class, "complaints").getList("timeline", Document.class))
                .extracting(step -> step.getString("note"))
                .contains("safeguarding concern raised", "safeguarding concern closed");
    }

    @Test
    void staffWhoRaiseAConcernDoNotGetTheAuthorsWordsBack() {
        String id = fixture.published(moderator, review(provider, 2, "Call 07700 900123", "My neighbour's child was left alone all day."));

        HttpApi.Response raised = staff.postJson("/api/providers/" + provider + "/feedback/reviews/" + id + "/safeguarding",
                "{\"note\": \"A child may be left alone\"}");

        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        assertThat(raised.json().get("title").isNull()).as("the original, unredacted").isTrue();
        assertThat(raised.json().get("publicTitle").asString()).isEqualTo("Call [phone number removed]");
    }

    private static List<String> ids(JsonNode items, String field) {
        return items.valueStream().map(item -> item.get(field).asString()).toList();
    }
}
