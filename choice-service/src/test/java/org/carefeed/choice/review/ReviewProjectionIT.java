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
import org.carefeed.events.Topics;
import org.carefeed.testsupport.ConsumerGroups;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.carefeed.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Every review record over the real broker, in every order that matters: the list and the figures
 * converge on the same state whatever is delivered twice or late. Records are keyed by review, so a
 * provider's reviews spread over partitions: tests wait until the service's consumer group has caught
 * up with everything sent, then look.
 */
class ReviewProjectionIT extends IntegrationTest {

    /** Recent, so everything counts in the figures' windows whenever the test runs. */
    private static final Instant RECENTLY = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(10));

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaConnectionDetails connection;

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
        awaitApplied();

        HttpApi.Response page = api().get("/api/providers/RVW02/reviews");

        assertThat(titles(page)).containsExactly("Edited version");
        assertThat(page.json().get("items").get(0).get("rating").asInt()).isEqualTo(3);
        JsonNode rating = awaitRating("RVW02", 1);
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
        // Delivered again after the take-down, as a stuck producer would.
        events().send(withdrawnLater, removedLater);
        awaitApplied();

        HttpApi.Response page = api().get("/api/providers/RVW03/reviews");
        assertThat(titles(page)).containsExactly("Staying");
        assertThat(page.json().get("total").asLong()).isEqualTo(1);
        JsonNode rating = awaitRating("RVW03", 1);
        assertThat(rating.at("/ratingDistribution/1").asLong()).isZero();

        Document marker = mongo.findById(removedLater.reviewId().toString(), Document.class, "reviews");
        assertThat(marker.getString("state")).isEqualTo("removed");
        assertThat(marker).as("a removed review's words are not kept").doesNotContainKeys("content", "publishedAt");
        try (TopicReader parked = new TopicReader(String.join(",", connection.getBootstrapServers()),
                Topics.deadLetter(Topics.REVIEWS))) {
            parked.awaitRecord(record -> removedLater.reviewId().toString().equals(record.key()) && record.value() == null,
                    Duration.ofSeconds(30));
        }
    }

    @Test
    void aTakeDownThatArrivesBeforeThePublicationStillWins() throws Exception {
        TestProviders.open(api(), "Review Site", "RVW04");
        ReviewPublished review = ReviewEvents.published("RVW04", 1, "Removed before seen", RECENTLY);
        events().send(ReviewEvents.removed(review, 3, RECENTLY.plus(Duration.ofDays(1))),
                ReviewEvents.response(review, 2, "Sorry to hear it", RECENTLY.plusSeconds(60), RECENTLY.plusSeconds(60)),
                review);
        awaitApplied();

        assertThat(titles(api().get("/api/providers/RVW04/reviews"))).isEmpty();
        Document marker = mongo.findById(review.reviewId().toString(), Document.class, "reviews");
        assertThat(marker.getString("state")).isEqualTo("removed");
        assertThat(marker).as("no older state comes back").doesNotContainKeys("content", "response");
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
        awaitApplied();

        HttpApi.Response page = awaitTitles("RVW05", "Unanswered", "Answered in 10 hours", "Answered in 4 hours");

        JsonNode answered = page.json().get("items").get(2);
        assertThat(answered.get("publishedAt").asString()).as("first published, not moved by the response")
                .isEqualTo(RECENTLY.toString());
        JsonNode response = answered.get("response");
        assertThat(response.get("text").asString()).isEqualTo("Thank you, we told the team.");
        assertThat(response.get("responderName").asString()).isEqualTo("Provider RVW05");
        assertThat(response.get("publishedAt").asString()).isEqualTo(fastFirst.toString());
        assertThat(response.get("editedAt").asString()).isEqualTo(edited.toString());
        assertThat(page.json().get("items").get(1).at("/response/editedAt").isNull()).isTrue();
        assertThat(page.json().get("items").get(0).get("response").isNull()).isTrue();

        JsonNode rating = awaitRating("RVW05", 3);
        assertThat(rating.get("respondedCount").asLong()).isEqualTo(2);
        assertThat(rating.get("responseRatePercent").asDouble()).isEqualTo(66.7);
        assertThat(rating.get("medianResponseHours").asDouble()).as("between 4 and 10 hours, within 1%")
                .isCloseTo(7.0, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void outcomesAreCountedOnceEachAndOutliveTheReviewsTheyCount() throws Exception {
        TestProviders.open(api(), "Outcome Site", "RVW06");
        ReviewPublished published = ReviewEvents.published("RVW06", 4, "Published", RECENTLY);
        ReviewPublished rejected = ReviewEvents.published("RVW06", 1, "Never public", RECENTLY);
        ReviewPublished withdrawn = ReviewEvents.published("RVW06", 2, "Withdrawn", RECENTLY);
        var received = List.of(ReviewEvents.outcome(published, "received", null, RECENTLY),
                ReviewEvents.outcome(rejected, "received", null, RECENTLY),
                ReviewEvents.outcome(withdrawn, "received", null, RECENTLY));
        var rejection = ReviewEvents.outcome(rejected, "rejected", "abusive", RECENTLY);
        events().send(received.toArray());
        events().send(rejection, rejection, ReviewEvents.outcome(published, "published", null, RECENTLY),
                ReviewEvents.outcome(withdrawn, "published", null, RECENTLY),
                ReviewEvents.outcome(withdrawn, "withdrawn", null, RECENTLY), received.get(0));

        JsonNode outcomes = await().atMost(Duration.ofSeconds(30)).until(
                () -> api().get("/api/providers/RVW06").json().get("reviewOutcomes"),
                counts -> counts.get("withdrawn").asLong() == 1 && counts.get("received").asLong() == 3);
        awaitCaughtUp("choice-service.review-outcomes", Topics.REVIEW_OUTCOMES);

        outcomes = api().get("/api/providers/RVW06").json().get("reviewOutcomes");
        assertThat(outcomes.get("received").asLong()).isEqualTo(3);
        assertThat(outcomes.get("published").asLong()).isEqualTo(2);
        assertThat(outcomes.get("rejected").asLong()).isEqualTo(1);
        assertThat(outcomes.at("/rejectedByReason/abusive").asLong()).isEqualTo(1);
        assertThat(outcomes.get("withdrawn").asLong()).isEqualTo(1);
        assertThat(outcomes.toString()).doesNotContain("Never public", "Withdrawn\"");
    }

    /** Everything sent to the reviews topic so far is applied, whichever partitions it went to. */
    private void awaitApplied() throws Exception {
        awaitCaughtUp("choice-service.reviews", Topics.REVIEWS);
    }

    private void awaitCaughtUp(String group, String topic) throws Exception {
        ConsumerGroups.awaitCaughtUp(String.join(",", connection.getBootstrapServers()), group, topic,
                Duration.ofSeconds(30));
    }
}
