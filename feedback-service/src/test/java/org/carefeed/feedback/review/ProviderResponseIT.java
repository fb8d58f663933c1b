package org.carefeed.feedback.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carefeed.feedback.FeedbackFixture.review;
import static org.carefeed.testsupport.ProblemAssertions.assertFieldsAtFault;
import static org.carefeed.testsupport.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carefeed.events.EventCodec;
import org.carefeed.events.ReviewPublished;
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

/** The provider's one public response to a review: published, edited for 30 minutes, counted. */
class ProviderResponseIT extends IntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    @Autowired
    KafkaConnectionDetails kafka;

    FeedbackFixture fixture;
    HttpApi moderator;
    String trust;
    String site;

    @BeforeEach
    void setUp() throws Exception {
        trust = FeedbackFixture.uniqueCode();
        site = FeedbackFixture.uniqueCode();
        DirectoryFixture directory = new DirectoryFixture(kafkaTemplate, mongo);
        directory.openTrust(trust);
        directory.openWithParent(site, trust);
        fixture = new FeedbackFixture(api());
        moderator = fixture.newAccount("MODERATOR");
    }

    @Test
    void trustStaffAnswerASiteReviewAndMayEditForThirtyMinutes() {
        HttpApi trustStaff = fixture.newAccount("STAFF", trust);
        String id = fixture.published(moderator, review(site, 2, "Slow", "Waited a long time to be seen."));

        HttpApi.Response first = trustStaff.postJson("/api/reviews/" + id + "/response",
                "{\"text\": \"We are sorry. Please call us on 0113 496 0000.\"}");
        HttpApi.Response edited = trustStaff.postJson("/api/reviews/" + id + "/response",
                "{\"text\": \"We are sorry, and have added an evening clinic.\"}");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().at("/response/text").asString()).contains("[phone number removed]");
        assertThat(first.json().at("/response/responderName").asString()).isEqualTo("Trust " + trust);
        assertThat(edited.json().at("/response/text").asString()).isEqualTo("We are sorry, and have added an evening clinic.");
        assertThat(edited.json().at("/response/publishedAt").asString())
                .isEqualTo(first.json().at("/response/publishedAt").asString());
        assertThat(edited.json().at("/response/editedAt").isNull()).isFalse();
        assertThat(api().get("/api/reviews/" + id).json().at("/response/text").asString()).contains("evening clinic");

        try (TopicReader reader = new TopicReader(String.join(",", kafka.getBootstrapServers()), Topics.REVIEWS)) {
            reader.awaitRecord(r -> id.equals(r.key()) && r.value().contains("\"revision\":3"), Duration.ofSeconds(30));
            List<ReviewPublished> states = reader.seen(r -> id.equals(r.key())).stream()
                    .map(ProviderResponseIT::decode).toList();
            assertThat(states).as("each record the whole public state, review and response")
                    .extracting(ReviewPublished::revision).containsExactly(1, 2, 3);
            assertThat(states.get(0).response()).isNull();
            assertThat(states.get(2).title()).isEqualTo(states.get(0).title());
            assertThat(states.get(2).publishedAt()).isEqualTo(states.get(0).publishedAt());
            assertThat(states.get(2).response().text()).contains("evening clinic");
            assertThat(states.subList(1, 3)).extracting(state -> state.response().firstPublishedAt())
                    .containsOnly(states.get(1).response().firstPublishedAt());
        }

        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                Update.update("response.firstPublishedAt", Date.from(Instant.now().minus(Duration.ofMinutes(31)))),
                "reviews");
        assertFieldsAtFault(trustStaff.postJson("/api/reviews/" + id + "/response", "{\"text\": \"Too late\"}"), 409,
                "text");
    }

    @Test
    void staffSeeTheirResponseRateAndMedianResponseTime() {
        HttpApi siteStaff = fixture.newAccount("STAFF", site);
        String answered = fixture.published(moderator, review(site, 4, "Good", "Kind staff and a clean ward."));
        fixture.published(moderator, review(site, 3, "Fine", "Nothing special but nothing wrong."));
        siteStaff.postJson("/api/reviews/" + answered + "/response", "{\"text\": \"Thank you!\"}");

        JsonNode responses = siteStaff.get("/api/providers/" + site + "/feedback/summary").json().get("responses");

        assertThat(responses.get("publishedReviews").asInt()).isEqualTo(2);
        assertThat(responses.get("answered").asInt()).isEqualTo(1);
        assertThat(responses.get("responseRate").asDouble()).isEqualTo(0.5);
        assertThat(responses.get("medianResponseHours").asDouble()).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
    }

    @Test
    void onlyAPublishedReviewCanBeAnsweredAndTheTextIsChecked() {
        HttpApi siteStaff = fixture.newAccount("STAFF", site);
        String waiting = fixture.submit(review(site, 4, "Good", "Kind staff and a clean ward.")).json()
                .get("id").asString();
        String published = fixture.published(moderator, review(site, 4, "Good", "Kind staff and a clean ward."));

        assertProblem(siteStaff.postJson("/api/reviews/" + waiting + "/response", "{\"text\": \"Thanks\"}"), 409);
        assertFieldsAtFault(siteStaff.postJson("/api/reviews/" + published + "/response", "{\"text\": \" \"}"), 400,
                "text");
        assertFieldsAtFault(siteStaff.postJson("/api/reviews/" + published + "/response",
                "{\"text\": {\"$ne\": \"\"}}"), 400, "text");
    }

    private static ReviewPublished decode(ConsumerRecord<String, String> record) {
        return (ReviewPublished) new EventCodec("/test").decode(CloudEventRecords.typeOf(record), record.value())
                .orElseThrow();
    }
}
