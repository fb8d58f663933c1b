package org.carefeed.feedback.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carefeed.feedback.FeedbackFixture.complaint;
import static org.carefeed.feedback.FeedbackFixture.review;
import static org.carefeed.testsupport.ProblemAssertions.assertBadParameter;

import java.util.ArrayList;
import java.util.List;

import org.carefeed.feedback.FeedbackFixture;
import org.carefeed.feedback.directory.DirectoryFixture;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/** The staff list of a provider's feedback: newest first, by status, a page at a time. */
class ProviderFeedbackIT extends IntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

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
    void reviewsComeNewestFirstInPagesThatJoinUpAndFilterByStatus() {
        HttpApi moderator = fixture.newAccount("MODERATOR");
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            submitted.add(fixture.submit(review(provider, 3, "Visit " + i, "A fair enough visit overall.")).json()
                    .get("id").asString());
        }
        fixture.decide(moderator, submitted.get(1), "{\"decision\": \"publish\"}");

        List<String> seen = new ArrayList<>();
        List<String> times = new ArrayList<>();
        String path = "/api/providers/" + provider + "/feedback?limit=2";
        JsonNode page = staff.get(path).json();
        assertThat(page.get("total").asLong()).isEqualTo(5);
        while (true) {
            page.get("items").forEach(item -> {
                seen.add(item.get("id").asString());
                times.add(item.get("submittedAt").asString());
            });
            if (page.get("next").isNull()) {
                break;
            }
            page = staff.get(path + "&cursor=" + page.get("next").asString()).json();
        }

        assertThat(seen).as("every review once, across pages").containsExactlyInAnyOrderElementsOf(submitted);
        assertThat(times.stream().map(java.time.Instant::parse).toList()).as("newest first")
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        JsonNode published = staff.get("/api/providers/" + provider + "/feedback?status=published").json();
        assertThat(published.get("items")).extracting(item -> item.get("id").asString())
                .containsExactly(submitted.get(1));
    }

    @Test
    void staffReadTheWordsOfPublishedReviewsOnly() {
        HttpApi moderator = fixture.newAccount("MODERATOR");
        String published = fixture.submit(review(provider, 4, "Seen on time", "Seen on time by a kind nurse."))
                .json().get("id").asString();
        String rejected = fixture.submit(review(provider, 1, "Rude", "The receptionist was rude to my mother."))
                .json().get("id").asString();
        String awaiting = fixture.submit(review(provider, 2, "Long wait", "We waited three hours in the corridor."))
                .json().get("id").asString();
        fixture.decide(moderator, published, "{\"decision\": \"publish\"}");
        fixture.decide(moderator, rejected, "{\"decision\": \"reject\", \"reason\": \"not-about-care\"}");

        JsonNode items = staff.get("/api/providers/" + provider + "/feedback").json().get("items");

        assertThat(items).hasSize(3);
        for (JsonNode item : items) {
            boolean isPublished = item.get("id").asString().equals(published);
            assertThat(item.get("status").asString()).isIn("published", "rejected", "awaiting-moderation");
            assertThat(item.get("text").isNull()).as(item.toString()).isEqualTo(!isPublished);
            assertThat(item.get("title").isNull()).as(item.toString()).isEqualTo(!isPublished);
            assertThat(item.get("displayName").isNull()).as(item.toString()).isEqualTo(!isPublished);
        }
        assertThat(items.toString()).doesNotContain("rude to my mother", "three hours in the corridor")
                .contains(awaiting, rejected);
    }

    @Test
    void complaintsFilterByStatus() {
        api().postJson("/api/complaints", complaint(provider, "Nobody told us what was happening for hours."));

        assertThat(staff.get("/api/providers/" + provider + "/feedback?type=complaints&status=received").json()
                .get("total").asLong()).isEqualTo(1);
        assertThat(staff.get("/api/providers/" + provider + "/feedback?type=complaints&status=closed").json()
                .get("total").asLong()).isZero();
    }

    @Test
    void badParametersNameThemselves() {
        String feedback = "/api/providers/" + provider + "/feedback";

        assertBadParameter(staff.get(feedback + "?status=lost"), "status");
        assertBadParameter(staff.get(feedback + "?type=complaints&status=published"), "status");
        assertBadParameter(staff.get(feedback + "?type=letters"), "type");
        assertBadParameter(staff.get(feedback + "?overdue=true"), "overdue");
        assertBadParameter(staff.get(feedback + "?cursor=not-a-cursor"), "cursor");
        assertBadParameter(staff.get(feedback + "?limit=0"), "limit");
    }
}
