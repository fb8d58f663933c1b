package org.carefeed.choice.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.awaitility.Awaitility.await;
import static org.carefeed.testsupport.ProblemAssertions.assertBadParameter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.carefeed.choice.complaint.ComplaintEvents;
import org.carefeed.choice.imports.TestProviders;
import org.carefeed.choice.review.ReviewEvents;
import org.carefeed.events.ComplaintStatusChanged;
import org.carefeed.platform.migrations.MigrationRunner;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;

/** The figures in profiles and the rating order of search, from events sent over the real broker. */
class ProviderFiguresIT extends IntegrationTest {

    private static final Instant RECENTLY = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(10));

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ProviderSummaries summaries;

    @Autowired
    FiguresCheck check;

    @Autowired
    MeterRegistry metrics;

    @Autowired
    MigrationRunner migrations;

    private ReviewEvents events() {
        return new ReviewEvents(kafka);
    }

    private void sendRatings(String providerCode, int... ratings) throws Exception {
        for (int i = 0; i < ratings.length; i++) {
            events().send(ReviewEvents.published(providerCode, ratings[i], "Review " + i, RECENTLY.plusSeconds(i)));
        }
    }

    private JsonNode awaitFigures(String providerCode, String block, String field, long value) {
        return await().atMost(Duration.ofSeconds(60)).until(
                () -> api().get("/api/providers/" + providerCode).json().get(block),
                figures -> figures.get(field).asLong() == value);
    }

    private static List<String> codes(HttpApi.Response page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        page.json().get("items").forEach(item -> codes.add(item.get("code").asString()));
        return codes;
    }

    @Test
    void fairScoreIsHiddenBelowTheMinimumAndShownFromIt() throws Exception {
        TestProviders.open(api(), "Figures Site", "FIG01");
        sendRatings("FIG01", 5, 4, 4, 2);

        JsonNode four = awaitFigures("FIG01", "reviews", "reviewCount", 4);
        assertThat(four.get("fairScore").isNull()).isTrue();
        assertThat(four.get("averageRating").isNull()).isTrue();
        assertThat(four.get("scoreShownFrom").asInt()).isEqualTo(5);
        assertThat(four.get("scoreHiddenReason").asString()).contains("Fewer than 5 reviews");

        sendRatings("FIG01", 5);
        JsonNode five = awaitFigures("FIG01", "reviews", "reviewCount", 5);
        assertThat(five.get("averageRating").asDouble()).isEqualTo(4.0);
        // (10 x 3.0 + 20) / (10 + 5)
        assertThat(five.get("fairScore").asDouble()).isEqualTo(3.33);
        assertThat(five.get("scoreHiddenReason").isNull()).isTrue();
    }

    @Test
    void reviewsOlderThanTheWindowDoNotCount() throws Exception {
        events().send(ReviewEvents.published("FIG02", 1, "Long ago", RECENTLY.minus(Duration.ofDays(800))));
        events().send(ReviewEvents.published("FIG02", 5, "Lately", RECENTLY));

        await().atMost(Duration.ofSeconds(30)).until(
                () -> api().get("/api/providers/FIG02/reviews").json().get("total").asLong() == 2);
        JsonNode rating = await().atMost(Duration.ofSeconds(30)).until(
                () -> api().get("/api/providers/FIG02/rating").json(),
                figures -> figures.at("/ratingDistribution/5").asLong() == 1);
        assertThat(rating.get("reviewCount").asLong()).as("only the review of the last 24 months").isEqualTo(1);
        assertThat(rating.get("since").asString()).isEqualTo(LocalDate.now(Windows.LONDON).minusMonths(24).toString());
    }

    @Test
    void oneFiveStarReviewDoesNotOutrankManyNearlyFiveStarOnes() throws Exception {
        TestProviders.open(api(), "Rank Site", "RNK01=Alpha One Review", "RNK02=Bravo Five Fives",
                "RNK03=Charlie Many", "RNK04=Delta None", "RNK05=Echo Twenty Fours");
        sendRatings("RNK01", 5);
        sendRatings("RNK02", 5, 5, 5, 5, 5);
        int[] many = new int[50];
        for (int i = 0; i < many.length; i++) {
            many[i] = i < 40 ? 5 : 4;
        }
        sendRatings("RNK03", many);
        int[] fours = new int[20];
        Arrays.fill(fours, 4);
        sendRatings("RNK05", fours);
        awaitFigures("RNK03", "reviews", "reviewCount", 50);
        awaitFigures("RNK05", "reviews", "reviewCount", 20);
        awaitFigures("RNK02", "reviews", "reviewCount", 5);
        awaitFigures("RNK01", "reviews", "reviewCount", 1);

        // RNK03: (30 + 240) / 60 = 4.5; RNK05: (30 + 80) / 30 = 3.67; RNK02: (30 + 25) / 15 = 3.67; the rest have none.
        List<String> expected = List.of("RNK03", "RNK02", "RNK05", "RNK01", "RNK04");
        HttpApi.Response all = await().atMost(Duration.ofSeconds(30)).until(
                () -> api().get("/api/providers?type=rank-site&sort=rating"), page -> codes(page).equals(expected));
        JsonNode first = all.json().get("items").get(0).get("reviews");
        assertThat(first.get("fairScore").asDouble()).isEqualTo(4.5);
        assertThat(first.get("averageRating").asDouble()).isEqualTo(4.8);
        assertThat(all.json().get("items").get(3).at("/reviews/fairScore").isNull()).isTrue();

        List<String> paged = new ArrayList<>();
        String path = "/api/providers?type=rank-site&sort=rating&limit=2";
        while (path != null) {
            HttpApi.Response page = api().get(path);
            paged.addAll(codes(page));
            JsonNode next = page.json().get("next");
            path = next.isNull() ? null : "/api/providers?type=rank-site&sort=rating&limit=2&cursor=" + next.asString();
        }
        assertThat(paged).as("pages in rating order, across the providers without a score").isEqualTo(expected);

        assertThat(codes(api().get("/api/providers?type=rank-site&sort=rating&q=o")))
                .as("with a name filter").containsExactly("RNK02", "RNK05", "RNK01", "RNK04");
        assertThat(codes(api().get("/api/providers?type=rank-site&sort=rating&near=53.70,-1.40&radiusKm=1")))
                .as("within a radius").isEqualTo(expected);
        List<String> nearPaged = new ArrayList<>();
        path = "/api/providers?type=rank-site&sort=rating&near=53.70,-1.40&radiusKm=1&limit=3";
        while (path != null) {
            HttpApi.Response page = api().get(path);
            nearPaged.addAll(codes(page));
            JsonNode next = page.json().get("next");
            path = next.isNull() ? null
                    : "/api/providers?type=rank-site&sort=rating&near=53.70,-1.40&radiusKm=1&limit=3&cursor=" + next.asString();
        }
        assertThat(nearPaged).isEqualTo(expected);
    }

    @Test
    void complaintFiguresAreSuppressedBelowFiveAndComputedFromFive() throws Exception {
        TestProviders.open(api(), "Complaint Site", "CMP01");
        LocalDate today = LocalDate.now(Windows.LONDON);
        // Each complaint is received at noon in England, N days ago, and due three days later.
        ComplaintStatusChanged onTime = received("CF-2026-100001", today.minusDays(40));
        ComplaintStatusChanged acknowledgedLate = received("CF-2026-100002", today.minusDays(35));
        ComplaintStatusChanged neverAcknowledged = received("CF-2026-100003", today.minusDays(20));
        ComplaintStatusChanged notYetDue = received("CF-2026-100004", today);
        ComplaintStatusChanged onTheDueDay = received("CF-2026-100005", today.minusDays(50));

        events().send(onTime, acknowledgedLate, neverAcknowledged, notYetDue);
        // Suppressed figures cannot tell how many complaints they were made from: wait for the four to be
        // counted, then compute exactly what the listener computes after each of them.
        await().atMost(Duration.ofSeconds(30)).until(
                () -> mongo.count(Query.query(Criteria.where("providerCode").is("CMP01")), TallyLedger.ENTRIES) == 4);
        summaries.refresh("CMP01");
        JsonNode four = complaintsOf("CMP01");
        assertThat(four.get("suppressed").asBoolean()).isTrue();
        assertThat(four.get("shownFrom").asInt()).isEqualTo(5);
        assertThat(four.get("suppressedReason").asString()).contains("Fewer than 5 complaints");
        assertThat(four.get("receivedCount").isNull()).isTrue();
        assertThat(four.get("acknowledgedOnTimePercent").isNull()).isTrue();
        assertThat(four.get("medianDaysToResolution").isNull()).isTrue();

        ComplaintStatusChanged onTimeAcknowledged = ComplaintEvents.acknowledged(onTime, 2, noon(today.minusDays(39)));
        ComplaintStatusChanged lateAcknowledged = ComplaintEvents.acknowledged(acknowledgedLate, 2,
                noon(acknowledgedLate.acknowledgementDueBy().plusDays(2)));
        ComplaintStatusChanged dueDayAcknowledged = ComplaintEvents.acknowledged(onTheDueDay, 2,
                onTheDueDay.acknowledgementDueBy().atTime(LocalTime.of(23, 30)).atZone(Windows.LONDON).toInstant());
        events().send(onTheDueDay, onTimeAcknowledged, lateAcknowledged, dueDayAcknowledged,
                ComplaintEvents.resolved(onTimeAcknowledged, 3, noon(today.minusDays(30))),
                ComplaintEvents.resolved(lateAcknowledged, 3, noon(today.minusDays(15))));
        // Delivered again, late: the older revisions must not undo anything.
        events().send(onTime, acknowledgedLate, lateAcknowledged, onTheDueDay, onTimeAcknowledged);
        // Last of the provider's complaint events: once it counts, everything before it has been applied.
        events().send(ComplaintEvents.resolved(dueDayAcknowledged, 3, noon(today.minusDays(46))));

        JsonNode five = await().atMost(Duration.ofSeconds(60)).until(() -> complaintsOf("CMP01"),
                figures -> !figures.get("resolvedCount").isNull() && figures.get("resolvedCount").asLong() == 3);
        assertThat(five.get("suppressed").asBoolean()).isFalse();
        assertThat(five.get("suppressedReason").isNull()).isTrue();
        assertThat(five.get("receivedCount").asLong()).isEqualTo(5);
        assertThat(five.get("acknowledgedOnTime").asLong()).as("one the next day, one at 23:30 on its due day")
                .isEqualTo(2);
        assertThat(five.get("acknowledgedLate").asLong()).as("one acknowledged late, one never and overdue").isEqualTo(2);
        assertThat(five.get("acknowledgedOnTimePercent").asDouble()).isEqualTo(50.0);
        // Resolved after 10, 20 and 4 days.
        assertThat(five.get("medianDaysToResolution").asDouble()).as("within 1%").isCloseTo(10.0, offset(0.1));
        assertThat(five.get("closedWithoutAcknowledgement").isEmpty()).isTrue();

        // The one never acknowledged turns out to be a duplicate, closed before it was due: no longer late,
        // but counted, by its reason, among those closed unanswered.
        events().send(ComplaintEvents.closed(neverAcknowledged, 2, noon(today.minusDays(19)), "duplicate"));
        JsonNode closed = await().atMost(Duration.ofSeconds(60)).until(() -> complaintsOf("CMP01"),
                figures -> figures.at("/closedWithoutAcknowledgement/duplicate").asLong(0) == 1);
        assertThat(closed.get("acknowledgedLate").asLong()).isEqualTo(1);
    }

    @Test
    void theNightlyCheckFindsCountersThatDriftedFromTheProjectionsAndRebuildsThem() throws Exception {
        TestProviders.open(api(), "Drifting Site", "FIG04");
        sendRatings("FIG04", 5, 4, 3, 3, 1);
        awaitFigures("FIG04", "reviews", "reviewCount", 5);
        String fiveStarDay = Windows.dayOf(RECENTLY).toString();
        String oneStarDay = Windows.dayOf(RECENTLY.plusSeconds(4)).toString();
        // Drift as a lost race or a crash could leave it: three five-star reviews counted that do not exist,
        // and one real review no longer counted.
        mongo.updateFirst(Query.query(Criteria.where("_id").is("FIG04")),
                new Update().inc("counts.r." + fiveStarDay + ".s5", 3).inc("counts.r." + oneStarDay + ".s1", -1), TallyLedger.TALLIES);
        summaries.refresh("FIG04");
        assertThat(api().get("/api/providers/FIG04/rating").json().get("reviewCount").asLong()).isEqualTo(7);
        double driftBefore = metrics.counter(FiguresCheck.DRIFT_METRIC).count();

        FiguresCheck.Report report = check.checkAll();

        assertThat(report.drifted()).as("only FIG04 had drifted").isEqualTo(1);
        assertThat(metrics.counter(FiguresCheck.DRIFT_METRIC).count()).isEqualTo(driftBefore + 1);
        JsonNode rebuilt = api().get("/api/providers/FIG04/rating").json();
        assertThat(rebuilt.get("reviewCount").asLong()).isEqualTo(5);
        assertThat(rebuilt.at("/ratingDistribution/1").asLong()).isEqualTo(1);
        assertThat(rebuilt.at("/ratingDistribution/5").asLong()).isEqualTo(1);
        assertThat(check.checkAll().drifted()).as("nothing left to correct").isZero();

        // The rebuilt counters go on counting changes one at a time.
        sendRatings("FIG04", 2);
        JsonNode six = awaitFigures("FIG04", "reviews", "reviewCount", 6);
        assertThat(six.at("/ratingDistribution/2").asLong()).isEqualTo(1);
    }

    @Test
    void aDatabaseFromBeforeTheCountersHasThemCountedByTheirMigration() throws Exception {
        TestProviders.open(api(), "Uncounted Site", "FIG05");
        sendRatings("FIG05", 5, 2);
        awaitFigures("FIG05", "reviews", "reviewCount", 2);
        // As a version without counters left it: projections, but no counters nor figures counted from them,
        // and the migration not done.
        mongo.remove(Query.query(Criteria.where("_id").is("FIG05")), TallyLedger.TALLIES);
        mongo.remove(Query.query(Criteria.where("providerCode").is("FIG05")), TallyLedger.ENTRIES);
        mongo.remove(Query.query(Criteria.where("_id").is("FIG05")), "provider_summaries");
        mongo.remove(Query.query(Criteria.where("_id").is("figure-counters-v1")), "migrations");
        assertThat(api().get("/api/providers/FIG05/rating").json().get("reviewCount").asLong()).isZero();

        assertThat(migrations.runPending()).as("as at the next start").isTrue();

        JsonNode counted = api().get("/api/providers/FIG05/rating").json();
        assertThat(counted.get("reviewCount").asLong()).isEqualTo(2);
        assertThat(counted.at("/ratingDistribution/2").asLong()).isEqualTo(1);
        assertThat(mongo.findById("figure-counters-v1", Document.class, "migrations")).isNotNull();
    }

    @Test
    void theScheduledRefreshRecomputesFiguresFromTheProjections() throws Exception {
        events().send(ReviewEvents.published("FIG03", 4, "Refreshed", RECENTLY));
        await().atMost(Duration.ofSeconds(30)).until(
                () -> api().get("/api/providers/FIG03/rating").json().get("reviewCount").asLong() == 1);
        // Figures from long ago, as they would be if no event had come since the windows moved.
        mongo.updateFirst(Query.query(Criteria.where("_id").is("FIG03")), new Update()
                .set("computedAt", Instant.parse("2020-01-01T00:00:00Z")).set("reviews.reviewCount", 99), "provider_summaries");
        assertThat(api().get("/api/providers/FIG03/rating").json().get("reviewCount").asLong()).isEqualTo(99);

        assertThat(check.checkAll().providers()).isPositive();

        assertThat(api().get("/api/providers/FIG03/rating").json().get("reviewCount").asLong()).isEqualTo(1);
    }

    @Test
    void badRatingSearchesAndCodesAreProblemsNamingTheParameter() {
        assertBadParameter(api().get("/api/providers?sort=rating&cursor=bm9wZQ"), "cursor");
        assertBadParameter(api().get("/api/providers?sort=rating&cursor=" + cursor("name", "abbey", "SRC102")), "cursor");
        assertBadParameter(api().get("/api/providers?sort=rating&cursor=" + cursor("rating", "NaN", "abbey", "SRC102")),
                "cursor");
        assertBadParameter(api().get("/api/providers?sort=rating&cursor=" + cursor("rating", "four", "abbey", "SRC102")),
                "cursor");
        assertBadParameter(api().get("/api/providers?sort=name&cursor=" + cursor("rating", "4.5", "abbey", "SRC102")),
                "cursor");
        assertBadParameter(api().get("/api/providers?sort=rating&near=95,10"), "near");
        assertBadParameter(api().get("/api/providers/not-a-code/rating"), "code");
        assertBadParameter(api().get("/api/providers/RNK01/reviews?cursor=" + cursor("rating", "4.5", "abbey", "SRC102")),
                "cursor");
        assertThat(api().get("/api/providers?sort=rating&cursor=" + cursor("rating", "", "abbey", "SRC102")).status())
                .as("a cursor past every score is a valid place to resume").isEqualTo(200);
    }

    /** A cursor as the search would write it: its parts joined by NUL, base64url without padding. */
    private static String cursor(String... parts) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode complaintsOf(String providerCode) {
        return api().get("/api/providers/" + providerCode).json().get("complaints");
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(Windows.LONDON).toInstant();
    }

    private static ComplaintStatusChanged received(String reference, LocalDate day) {
        return ComplaintEvents.received("CMP01", reference, noon(day), day.plusDays(3));
    }
}
