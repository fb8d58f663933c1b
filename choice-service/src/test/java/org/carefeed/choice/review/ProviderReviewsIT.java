package org.carefeed.choice.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carefeed.testsupport.ProblemAssertions.assertBadParameter;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

import org.carefeed.events.ReviewPublished;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

class ProviderReviewsIT extends IntegrationTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

    @Autowired
    KafkaTemplate<String, String> kafka;

    private ReviewEvents events() {
        return new ReviewEvents(kafka);
    }

    private List<String> titles(HttpApi.Response page) {
        List<String> titles = new ArrayList<>();
        for (JsonNode item : page.json().get("items")) {
            titles.add(item.get("title").asString());
        }
        return titles;
    }

    private HttpApi.Response awaitReviewCount(String providerCode, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> api().get("/api/providers/" + providerCode + "/reviews"),
                page -> page.status() == 200 && page.json().get("items").size() == count);
    }

    @Test
    void publishedReviewsAreServedNewestFirst() throws Exception {
        events().send(ReviewEvents.published("RJ701", 3, "Older", MONDAY));
        events().send(ReviewEvents.published("RJ701", 5, "Newest", MONDAY.plusSeconds(7200)));
        events().send(ReviewEvents.published("RJ701", 1, "Middle", MONDAY.plusSeconds(3600)));

        HttpApi.Response page = awaitReviewCount("RJ701", 3);

        assertThat(titles(page)).containsExactly("Newest", "Middle", "Older");
        assertThat(page.json().get("next").isNull()).isTrue();
        JsonNode first = page.json().get("items").get(0);
        assertThat(first.get("providerCode").asString()).isEqualTo("RJ701");
        assertThat(first.get("rating").asInt()).isEqualTo(5);
        assertThat(first.get("text").asString()).isEqualTo("Story of Newest");
        assertThat(first.get("publishedAt").asString()).isEqualTo("2026-11-23T11:00:00Z");
    }

    @Test
    void duplicateDeliveryNeitherDuplicatesNorDoubleCounts() throws Exception {
        // Recent, so that the reviews are inside the figures' 24-month window whenever the test runs.
        Instant recently = Instant.now().minus(Duration.ofDays(3));
        ReviewPublished once = ReviewEvents.published("RJ702", 4, "Counted once", recently);
        ReviewPublished other = ReviewEvents.published("RJ702", 2, "Another", recently.plusSeconds(60));
        events().send(once);
        events().send(once);
        events().send(other);
        events().send(once);

        awaitReviewCount("RJ702", 2);
        ReviewPublished marker = ReviewEvents.published("RJ702", 3, "Last", recently.plusSeconds(120));
        events().send(marker);
        HttpApi.Response page = awaitReviewCount("RJ702", 3);

        assertThat(titles(page)).containsExactly("Last", "Another", "Counted once");
        // The day's count reaches the provider's listing document just after the day's list does.
        await().atMost(Duration.ofSeconds(10)).until(
                () -> api().get("/api/providers/RJ702/reviews").json().get("total").asLong() == 3);
        // The figures are recomputed just after the review is stored, so wait for them too.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HttpApi.Response rating = api().get("/api/providers/RJ702/rating");
            assertThat(rating.json().get("reviewCount").asLong()).isEqualTo(3);
            assertThat(rating.json().get("ratingDistribution").toString())
                    .isEqualTo("{\"1\":0,\"2\":1,\"3\":1,\"4\":1,\"5\":0}");
        });
    }

    @Test
    void pagesFollowTheNextCursorUntilItIsNull() throws Exception {
        for (int hour = 0; hour < 5; hour++) {
            events().send(ReviewEvents.published("RJ703", 3, "Hour " + hour, MONDAY.plusSeconds(hour * 3600L)));
        }
        awaitReviewCount("RJ703", 5);

        List<String> seen = new ArrayList<>();
        String path = "/api/providers/RJ703/reviews?limit=2";
        int pages = 0;
        while (path != null) {
            HttpApi.Response page = api().get(path);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            seen.addAll(titles(page));
            pages++;
            JsonNode next = page.json().get("next");
            path = next.isNull() ? null : "/api/providers/RJ703/reviews?limit=2&cursor=" + next.asString();
        }

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("Hour 4", "Hour 3", "Hour 2", "Hour 1", "Hour 0");
    }

    @Test
    void pagesWalkBackAcrossDaysAndSkipTheDaysWithoutReviews() throws Exception {
        // 13 reviews on 6 days spread over three weeks, sent out of order, one later taken down.
        List<ReviewPublished> sent = new ArrayList<>();
        int[] daysBack = {0, 0, 3, 3, 3, 4, 9, 9, 15, 20, 20, 20, 20};
        for (int i = 0; i < daysBack.length; i++) {
            sent.add(ReviewEvents.published("RJ705", 2, "Review " + i,
                    MONDAY.minus(Duration.ofDays(daysBack[i])).plusSeconds(i * 60L)));
        }
        List<ReviewPublished> shuffled = new ArrayList<>(sent);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));
        for (ReviewPublished event : shuffled) {
            events().send(event);
        }
        events().send(ReviewEvents.withdrawn(sent.get(4), 2, MONDAY));
        events().send(sent.get(4));
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get("/api/providers/RJ705/reviews"),
                page -> page.json().get("items").size() == 12 && !titles(page).contains("Review 4")
                        // The count follows the list a moment after it: see ReviewListing.
                        && page.json().get("total").asLong() == 12);

        List<String> seen = new ArrayList<>();
        String path = "/api/providers/RJ705/reviews?limit=5";
        while (path != null) {
            HttpApi.Response page = api().get(path);
            assertThat(page.json().get("total").asLong()).isEqualTo(12);
            seen.addAll(titles(page));
            JsonNode next = page.json().get("next");
            path = next.isNull() ? null : "/api/providers/RJ705/reviews?limit=5&cursor=" + next.asString();
        }

        assertThat(seen).as("newest first, the withdrawn one left out, its late copy ignored").containsExactly(
                "Review 1", "Review 0", "Review 3", "Review 2", "Review 5", "Review 7", "Review 6", "Review 8",
                "Review 12", "Review 11", "Review 10", "Review 9");
    }

    @Test
    void reviewsPublishedAtTheSameMomentArePagedWithoutGapsOrRepeats() throws Exception {
        List<ReviewPublished> sameMoment = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sameMoment.add(ReviewEvents.published("RJ704", 4, "Same moment " + i, MONDAY));
        }
        for (ReviewPublished event : sameMoment) {
            events().send(event);
        }
        awaitReviewCount("RJ704", 5);

        List<String> ids = new ArrayList<>();
        String path = "/api/providers/RJ704/reviews?limit=2";
        while (path != null) {
            HttpApi.Response page = api().get(path);
            page.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
            JsonNode next = page.json().get("next");
            path = next.isNull() ? null : "/api/providers/RJ704/reviews?limit=2&cursor=" + next.asString();
        }

        assertThat(ids).containsExactlyElementsOf(sameMoment.stream()
                .map(event -> event.reviewId().toString()).sorted(Comparator.reverseOrder()).toList());
    }

    @Test
    void unknownProviderHasAnEmptyList() {
        HttpApi.Response page = api().get("/api/providers/ZZZ99/reviews");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("items").isEmpty()).isTrue();
        assertThat(page.json().get("next").isNull()).isTrue();
        assertThat(api().get("/api/providers/ZZZ99/rating").json().get("reviewCount").asLong()).isZero();
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        assertBadParameter(api().get("/api/providers/not-a-code/reviews"), "code");
        assertBadParameter(api().get("/api/providers/RJ701/reviews?limit=0"), "limit");
        assertBadParameter(api().get("/api/providers/RJ701/reviews?limit=1000"), "limit");
        assertBadParameter(api().get("/api/providers/RJ701/reviews?limit=ten"), "limit");
        assertBadParameter(api().get("/api/providers/RJ701/reviews?cursor=bm90LWEtY3Vyc29y"), "cursor");
        assertBadParameter(api().get("/api/providers/RJ701/reviews?cursor=%25%25%25"), "cursor");
        assertBadParameter(api().get("/api/providers/RJ701/reviews?cursor=" + cursor(
                "+999999999-12-31T23:59:59Z|0b6a3c52-8a3e-4a51-9a0e-6f4c1f0d2a11")), "cursor");
        assertBadParameter(api().get("/api/providers/RJ701/reviews?cursor=" + cursor(
                "2026-11-23T09:00:00Z|0B6A3C52-8A3E-4A51-9A0E-6F4C1F0D2A11")), "cursor");
    }

    private static String cursor(String plain) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

}
