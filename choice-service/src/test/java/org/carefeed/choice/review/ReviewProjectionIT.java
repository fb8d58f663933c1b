package org.carefeed.choice.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.carefeed.choice.imports.TestProviders;
import org.carefeed.events.ReviewPublished;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Every review event over the real broker, in every order that matters: the list and the figures
 * converge on the same state whatever is delivered twice or late. Each test waits for a last "marker"
 * event of the same provider: events of one provider share a partition, so once the marker shows,
 * everything sent before it has been applied.
 */
class ReviewProjectionIT extends IntegrationTest {

    /** Recent, so everything counts in the figures' windows whenever the test runs. */
    private static final Instant RECENTLY = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(10));

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    MongoTemplate mongo;

    private ReviewEvents events() {
        return new ReviewEvents(kafka);
    }

    private HttpApi.Response awaitTitles(String providerCode, String... titles) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> api().get("/api/providers/" + providerCode + "/reviews"),
                page -> page.status() == 200 && titles(page).equals(List.of(titles)));
    }

    private static List<String> titles(HttpApi.Response page) {
        List<String> titles = new ArrayList<>();
        page.json().get("items").forEach(item -> titles.add(item.get("title").asString()));
        return titles;
    }

    /** The figures once they count {@code reviewCount} reviews. */
    private JsonNode awaitRating(String providerCode, long reviewCount) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> api().get("/api/providers/" + providerCode + "/rating").json(),
                rating -> rating.get("reviewCount").asLong() == reviewCount);
    }

    @Test
    void publishedReviewIsServedWithItsDetailsAndCountsInTheProfile() throws Exception {
        TestProviders.open(api(), "Review Site", "RVW01");
        events().send(ReviewEvents.published("RVW01", 4, "Kind midwives", RECENTLY));

        JsonNode review = awaitTitles("RVW01", "Kind midwives").json().get("items").get(0);

        assertThat(review.get("rating").asInt()).isEqualTo(4);
        assertThat(review.get("text").asString()).isEqualTo("Story of Kind midwives");
        assertThat(review.get("serviceName").asString()).isEqualTo("Outpatients");
        assertThat(review.get("visitMonth").asString()).matches("\\d{4}-\\d{2}");
        assertThat(review.get("authorRole").asString()).isEqualTo("patient");
        assertThat(review.get("displayName").asString()).isEqualTo("Anonymous");
        assertThat(review.get("publishedAt").asString()).isEqualTo(RECENTLY.toString());
        assertThat(review.get("response").isNull()).isTrue();

        JsonNode figures = await().atMost(Duration.ofSeconds(30)).until(
                () -> api().get("/api/providers/RVW01").json().get("reviews"),
                reviews -> reviews.get("reviewCount").asLong() == 1);
        assertThat(figures.at("/ratingDistribution/4").asLong()).isEqualTo(1);
        assertThat(figures.get("averageRating").isNull()).as("too few reviews for an average").isTrue();
        assertThat(figures.get("fairScore").isNull()).isTrue();
        assertThat(figures.get("scoreShownFrom").asInt()).isEqualTo(5);
        assertThat(figures.get("scoreHiddenReason").asString()).startsWith("Fewer than 5 reviews");
    }

    @Test
    void repeatedAndOlderRevisionsChangeNothing() throws Exception {
        ReviewPublished first = ReviewEvents.published("RVW02", 2, "First version", RECENTLY);
        ReviewPublished edited = ReviewEvents.published(first.reviewId(), 2, "RVW02", 3, "Edited version",
                RECENTLY.plus(Duration.ofHours(1)));
        events().send(first, edited, edited, first, first);
        events().send(ReviewEvents.published("RVW02", 5, "Marker", RECENTLY.plus(Duration.ofDays(1))));

        HttpApi.Response page = awaitTitles("RVW02", "Marker", "Edited version");

        JsonNode review = page.json().get("items").get(1);
        assertThat(review.get("rating").asInt()).isEqualTo(3);
        assertThat(review.get("publishedAt").asString()).as("first published, not moved by the edit")
                .isEqualTo(RECENTLY.toString());
        assertThat(page.json().get("total").asLong()).isEqualTo(2);
        JsonNode rating = awaitRating("RVW02", 2);
        assertThat(rating.at("/ratingDistribution/2").asLong()).isZero();
        assertThat(rating.at("/ratingDistribution/3").asLong()).isEqualTo(1);
    }

    @Test
    void withdrawnAndRemovedReviewsLeaveTheListAndTheFiguresForGood() throws Exception {
        ReviewPublished withdrawnLater = ReviewEvents.published("RVW03", 1, "Withdrawn later", RECENTLY);
        ReviewPublished removedLater = ReviewEvents.published("RVW03", 1, "Removed later", RECENTLY.plusSeconds(60));
        ReviewPublished staying = ReviewEvents.published("RVW03", 5, "Staying", RECENTLY.plusSeconds(120));
        events().send(withdrawnLater, removedLater, staying);
        awaitTitles("RVW03", "Staying", "Removed later", "Withdrawn later");

        events().send(ReviewEvents.withdrawn(withdrawnLater, 2, RECENTLY.plus(Duration.ofDays(1))),
                ReviewEvents.removed(removedLater, 2, RECENTLY.plus(Duration.ofDays(1))));
        // Delivered again after the take-down, as a replay or a stuck producer would.
        events().send(withdrawnLater, removedLater);
        events().send(ReviewEvents.published("RVW03", 4, "Marker", RECENTLY.plus(Duration.ofDays(2))));

        HttpApi.Response page = awaitTitles("RVW03", "Marker", "Staying");
        assertThat(page.json().get("total").asLong()).isEqualTo(2);
        JsonNode rating = awaitRating("RVW03", 2);
        assertThat(rating.at("/ratingDistribution/1").asLong()).isZero();

        Document tombstone = mongo.findById(removedLater.reviewId().toString(), Document.class, "reviews");
        assertThat(tombstone.getString("state")).isEqualTo("removed");
        assertThat(tombstone).as("a removed review's words are not kept").doesNotContainKey("content");
    }

    @Test
    void aTakeDownThatArrivesBeforeThePublicationStillWins() throws Exception {
        ReviewPublished review = ReviewEvents.published("RVW04", 1, "Removed before seen", RECENTLY);
        events().send(ReviewEvents.removed(review, 3, RECENTLY.plus(Duration.ofDays(1))),
                ReviewEvents.response(review, 2, "Sorry to hear it", RECENTLY.plusSeconds(60), RECENTLY.plusSeconds(60)),
                review);
        events().send(ReviewEvents.published("RVW04", 4, "Marker", RECENTLY.plus(Duration.ofDays(2))));

        awaitTitles("RVW04", "Marker");
        Document tombstone = mongo.findById(review.reviewId().toString(), Document.class, "reviews");
        assertThat(tombstone.getString("state")).isEqualTo("removed");
        assertThat(tombstone).as("a response older than the removal is not kept").doesNotContainKey("response");
    }

    @Test
    void responsesShowOnTheirReviewAndGiveTheResponseRateAndTime() throws Exception {
        ReviewPublished fast = ReviewEvents.published("RVW05", 5, "Answered in 4 hours", RECENTLY);
        ReviewPublished slow = ReviewEvents.published("RVW05", 2, "Answered in 10 hours", RECENTLY.plusSeconds(60));
        ReviewPublished unanswered = ReviewEvents.published("RVW05", 3, "Unanswered", RECENTLY.plusSeconds(120));
        Instant fastFirst = RECENTLY.plus(Duration.ofHours(4));
        Instant edited = fastFirst.plus(Duration.ofMinutes(10));
        var firstText = ReviewEvents.response(fast, 2, "Thank you!", fastFirst, fastFirst);
        var editedText = ReviewEvents.response(fast, 3, "Thank you, we told the team.", fastFirst, edited);
        events().send(fast, slow, unanswered, firstText, editedText, firstText,
                ReviewEvents.response(slow, 2, "We are looking into it.", RECENTLY.plusSeconds(60).plus(Duration.ofHours(10)),
                        RECENTLY.plusSeconds(60).plus(Duration.ofHours(10))));
        events().send(ReviewEvents.published("RVW05", 4, "Marker", RECENTLY.plus(Duration.ofDays(1))));

        HttpApi.Response page = awaitTitles("RVW05", "Marker", "Unanswered", "Answered in 10 hours", "Answered in 4 hours");

        JsonNode response = page.json().get("items").get(3).get("response");
        assertThat(response.get("text").asString()).isEqualTo("Thank you, we told the team.");
        assertThat(response.get("responderName").asString()).isEqualTo("Provider RVW05");
        assertThat(response.get("publishedAt").asString()).isEqualTo(fastFirst.toString());
        assertThat(response.get("editedAt").asString()).isEqualTo(edited.toString());
        assertThat(page.json().get("items").get(2).at("/response/editedAt").isNull()).isTrue();
        assertThat(page.json().get("items").get(1).get("response").isNull()).isTrue();

        JsonNode rating = awaitRating("RVW05", 4);
        assertThat(rating.get("respondedCount").asLong()).isEqualTo(2);
        assertThat(rating.get("responseRatePercent").asDouble()).isEqualTo(50.0);
        assertThat(rating.get("medianResponseHours").asDouble()).as("between 4 and 10 hours").isEqualTo(7.0);
    }
}
