package org.carefeed.feedback.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carefeed.feedback.FeedbackFixture.pathOf;
import static org.carefeed.feedback.FeedbackFixture.review;
import static org.carefeed.testsupport.ProblemAssertions.assertFieldsAtFault;
import static org.carefeed.testsupport.ProblemAssertions.assertProblem;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.carefeed.events.Topics;
import org.carefeed.feedback.FeedbackFixture;
import org.carefeed.feedback.directory.DirectoryFixture;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;

/** Submitting a review under the production policy, {@code pre}: it is stored and waits for a moderator. */
class ReviewSubmissionIT extends IntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    String provider;

    @BeforeEach
    void providerInTheDirectory() throws Exception {
        provider = FeedbackFixture.uniqueCode();
        new DirectoryFixture(kafkaTemplate, mongo).open(provider);
    }

    @Test
    void acceptedReviewWaitsForModerationWithNothingPublic() {
        HttpApi.Response response = api().postJson("/api/reviews",
                review(provider, 4, "Seen quickly", "  The triage nurse was calm and kind to me.  "));

        assertThat(response.status()).isEqualTo(202);
        String id = response.json().get("id").asString();
        assertThat(response.json().get("status").asString()).isEqualTo("awaiting-moderation");
        String privateLink = response.json().get("privateLink").asString();
        assertThat(privateLink).matches("http://localhost:8081/api/review-links/[A-Za-z0-9_-]{43}");
        assertThat(response.location()).isEqualTo(privateLink);
        assertThat(response.json().at("/publishedUnder/name").asString()).isEqualTo("Open Government Licence v3.0");

        Document stored = mongo.findById(id, Document.class, "reviews");
        assertThat(stored).as("stored before the 202").isNotNull();
        assertThat(stored.getString("text")).isEqualTo("The triage nurse was calm and kind to me.");
        assertThat(stored.getString("serviceName")).isEqualTo("Maternity");
        assertThat(stored.getString("authorKeyHash")).as("only the link's hash is stored")
                .hasSize(64).isNotEqualTo(privateLink.substring(privateLink.lastIndexOf('/') + 1));
        // The relay may already have sent and removed the count: whatever is still waiting is only that.
        assertThat(stored.getList("outbox", Document.class, List.of())).as("nothing public before moderation, only the count")
                .extracting(event -> event.getString("topic")).allMatch(Topics.REVIEW_OUTCOMES::equals);
        assertThat(stored.getList("audit", Document.class)).extracting(entry -> entry.getString("action"))
                .containsExactly("submitted", "queued-for-moderation");
        assertProblem(api().get("/api/reviews/" + id), 404);
    }

    @Test
    void authorSeesTheStatusThroughThePrivateLinkAndNothingWithoutIt() {
        HttpApi.Response receipt = api().postJson("/api/reviews",
                review(provider, 2, "Long wait", "Two hours past my appointment slot."));

        HttpApi.Response status = api().get(pathOf(receipt.json().get("privateLink").asString()));

        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("status").asString()).isEqualTo("awaiting-moderation");
        assertThat(status.json().get("canWithdraw").asBoolean()).isTrue();
        assertThat(status.json().get("timeline")).hasSize(2);
        assertProblem(api().get("/api/review-links/" + "A".repeat(43)), 404);
        assertProblem(api().get("/api/review-links/not-a-secret"), 404);
    }

    @Test
    void displayNameDefaultsToAnonymous() {
        String id = api().postJson("/api/reviews", """
                {"providerCode": "%s", "rating": 5, "title": "Good", "text": "Everything went as it should.",
                 "visitMonth": "%s", "authorRole": "carer", "displayName": "  ", "consentToPublish": true}
                """.formatted(provider, FeedbackFixture.thisMonth())).json().get("id").asString();

        assertThat(mongo.findById(id, Document.class, "reviews").getString("displayName")).isEqualTo("Anonymous");
    }

    @Test
    void aProviderWithoutAnOdsCodeTakesReviewsByItsPublicIdentifier() throws Exception {
        String careHome = "cqc:1-" + (100_000_000 + Math.floorMod(UUID.randomUUID().hashCode(), 99_999_999));
        new DirectoryFixture(kafkaTemplate, mongo).open(careHome);

        HttpApi.Response accepted = api().postJson("/api/reviews", review(careHome, 5, "Caring staff",
                "My mother is looked after with great kindness every day."));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().get("providerCode").asString()).isEqualTo(careHome);
        assertFieldsAtFault(api().postJson("/api/reviews", review("gmc:1234567", 5, "Caring staff",
                "My mother is looked after with great kindness every day.")), 400, "providerCode");
    }

    @Test
    void visitMonthMustBeWithinTheLastTwoYearsAndNotInTheFuture() {
        YearMonth now = YearMonth.now(ZoneId.of("Europe/London"));

        assertFieldsAtFault(api().postJson("/api/reviews", withVisit(now.plusMonths(1))), 400, "visitMonth");
        assertFieldsAtFault(api().postJson("/api/reviews", withVisit(now.minusMonths(25))), 400, "visitMonth");
        assertThat(api().postJson("/api/reviews", withVisit(now.minusMonths(24))).status()).isEqualTo(202);
        assertFieldsAtFault(api().postJson("/api/reviews", review(provider, 3, "t", "A fair enough visit overall.")
                .replace(FeedbackFixture.thisMonth(), "2026-13")), 400, "visitMonth");
    }

    @Test
    void anOutOfRangeMonthIsReportedWithTheOtherMistakesAtOnce() {
        String body = withVisit(YearMonth.now(ZoneId.of("Europe/London")).plusMonths(2))
                .replace("\"rating\": 3", "\"rating\": 7");

        assertFieldsAtFault(api().postJson("/api/reviews", body), 400, "visitMonth", "rating");
    }

    private String withVisit(YearMonth month) {
        return review(provider, 3, "Visit", "A fair enough visit overall.")
                .replace(FeedbackFixture.thisMonth(), month.toString());
    }

    @Test
    void textNoFeedCouldCarryIsRefusedNamingTheFieldAndTheCharacterAndNothingIsStored() {
        // JSON escapes: a NUL in the title, a broken surrogate in the story, an override in the name.
        String body = review(provider, 3, "Good\\u0000 visit", "Kind staff \\uD800 throughout my stay.")
                .replace("\"displayName\": \"Sam\"", "\"displayName\": \"Sam \\u202E\"");

        HttpApi.Response response = api().postJson("/api/reviews", body);

        assertFieldsAtFault(response, 400, "title", "text", "displayName");
        assertThat(response.body()).contains("a control character: U+0000 at character 5",
                "an unpaired surrogate", "a text-direction override");
        assertThat(mongo.exists(Query.query(Criteria.where("providerCode").is(provider)), "reviews")).isFalse();
    }

    @Test
    void textIsStoredInComposedForm() {
        HttpApi.Response response = api().postJson("/api/reviews",
                review(provider, 5, "Cafe\\u0301 on the ward", "The cafe\\u0301 staff were kind to my father."));

        assertThat(response.status()).isEqualTo(202);
        Document stored = mongo.findById(response.json().get("id").asString(), Document.class, "reviews");
        assertThat(stored.getString("title")).isEqualTo("Caf\u00E9 on the ward");
        assertThat(stored.getString("text")).isEqualTo("The caf\u00E9 staff were kind to my father.");
    }

    @Test
    void theTermsAnAuthorAgreesToNameTheLicenceTheOpenDataGoesOutUnder() {
        HttpApi.Response terms = api().get("/api/reviews/terms");

        assertThat(terms.status()).isEqualTo(200);
        assertThat(terms.json().at("/licence/name").asString()).isEqualTo("Open Government Licence v3.0");
        assertThat(terms.json().at("/licence/url").asString())
                .isEqualTo("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
        assertThat(terms.json().get("consent").asString()).contains("Open Government Licence v3.0", "withdraw");
    }

    @Test
    void withoutConsentNothingIsStored() {
        String marker = "Never stored " + UUID.randomUUID();

        HttpApi.Response response = api().postJson("/api/reviews", review(provider, 3, marker,
                "A fair enough visit overall.").replace("\"consentToPublish\": true", "\"consentToPublish\": false"));

        assertFieldsAtFault(response, 400, "consentToPublish");
        assertThat(mongo.exists(Query.query(Criteria.where("title").is(marker)), "reviews")).isFalse();
    }

    @Test
    void reviewOfAnUnknownProviderIsUnprocessableAndNotStored() {
        String marker = "Never stored " + UUID.randomUUID();

        HttpApi.Response response = api().postJson("/api/reviews",
                review(FeedbackFixture.uniqueCode(), 3, marker, "A fair enough visit overall."));

        assertFieldsAtFault(response, 422, "providerCode");
        assertThat(mongo.exists(Query.query(Criteria.where("title").is(marker)), "reviews")).isFalse();
    }
}
