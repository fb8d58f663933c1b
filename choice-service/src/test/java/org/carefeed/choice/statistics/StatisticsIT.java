package org.carefeed.choice.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.carefeed.testsupport.ProblemAssertions.assertBadParameter;
import static org.carefeed.testsupport.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carefeed.choice.complaint.ComplaintEvents;
import org.carefeed.choice.imports.AdminImports;
import org.carefeed.choice.imports.NhsChoicesFixture;
import org.carefeed.choice.review.ReviewEvents;
import org.carefeed.events.ComplaintStatusChanged;
import org.carefeed.events.ReviewOutcome;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * The open statistics from events sent over the real broker, for months long past that no other test
 * touches, so the numbers are exact: redelivery, erasure, the month boundary in England, medians and
 * percentiles, suppression, the CSVs.
 */
class StatisticsIT extends IntegrationTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    @Autowired
    KafkaTemplate<String, String> kafka;

    private ReviewEvents events() {
        return new ReviewEvents(kafka);
    }

    // --- Moderation ---------------------------------------------------------------------------------------

    /** A review submitted {@code at} and decided {@code minutes} later; the events, received first. */
    private static List<ReviewOutcome> decided(UUID review, Instant at, String outcome, String reason, long minutes) {
        return List.of(ReviewOutcome.of(review, "STM01", ReviewOutcome.RECEIVED, null, at),
                ReviewOutcome.of(review, "STM01", outcome, reason, at.plus(Duration.ofMinutes(minutes))));
    }

    private static Instant march2011(int day) {
        return Instant.parse(String.format("2011-03-%02dT10:00:00Z", day));
    }

    private JsonNode moderation(String query) {
        HttpApi.Response response = api().get("/api/statistics/moderation" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    @Test
    void moderationIsCountedByMonthInEnglandOncePerReviewAndSurvivesErasure() throws Exception {
        List<UUID> reviews = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            reviews.add(UUID.randomUUID());
        }
        // Ten decisions in March 2011, 6 to 59 minutes after submission (exact to the minute below an hour).
        long[] minutes = {6, 12, 18, 24, 30, 36, 42, 48, 54, 59};
        String[] outcomes = {"published", "published", "rejected", "rejected", "rejected", "published", "published",
                "published", "published", "published"};
        String[] reasons = {null, null, "abusive", "abusive", "personal-information", null, null, null, null, null};
        List<ReviewOutcome> sent = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sent.addAll(decided(reviews.get(i), march2011(10 + i), outcomes[i], reasons[i], minutes[i]));
        }
        ReviewOutcome removed = ReviewOutcome.of(reviews.get(0), "STM01", "removed", "abusive", march2011(20));
        ReviewOutcome withdrawn = ReviewOutcome.of(reviews.get(1), "STM01", "withdrawn", null, march2011(21));
        sent.add(removed);
        sent.add(withdrawn);
        // 23:30 UTC on 31 March 2011 is 00:30 on 1 April in England (BST): April, with its decision.
        sent.addAll(decided(reviews.get(10), Instant.parse("2011-03-31T23:30:00Z"), "published", null, 30));
        // 22:30 UTC is 23:30 BST on 31 March: still March; not yet decided.
        sent.add(ReviewOutcome.of(reviews.get(11), "STM01", "received", null, Instant.parse("2011-03-31T22:30:00Z")));
        events().send(sent.toArray());

        JsonNode all = await().atMost(Duration.ofSeconds(60)).until(() -> moderation("?from=2011-03&to=2011-04"),
                page -> page.at("/months/0/decisionsTimed").asLong() == 10 && page.at("/months/0/removed").asLong() == 1
                        && page.at("/months/0/withdrawn").asLong() == 1 && page.at("/months/0/received").asLong() == 11
                        && page.at("/months/1/decisionsTimed").asLong() == 1);
        assertMarch(all.at("/months/0"), 0);
        assertApril(all.at("/months/1"));
        assertOverall(all.get("overall"), 0);
        assertThat(all.get("from").asString()).isEqualTo("2011-03");
        assertThat(all.get("to").asString()).isEqualTo("2011-04");
        assertThat(all.at("/method/documentation").asString()).isEqualTo("/api/statistics/method");
        assertThat(all.at("/method/summary").asString()).contains("Europe/London", "once per review");

        // The same events again (a redelivery), then review 6 erased at its author's request. Outcomes
        // are keyed by provider, so these go to one partition in order: once the erasure counts, the
        // redelivered events were read too.
        events().send(sent.get(4), sent.get(5), removed, sent.get(0), sent.get(10), sent.get(11));
        events().send(ReviewOutcome.of(reviews.get(5), "STM01", "erased", null, march2011(22)));
        JsonNode after = await().atMost(Duration.ofSeconds(60)).until(() -> moderation("?from=2011-03&to=2011-04"),
                page -> page.at("/months/0/erased").asLong() == 1);
        assertMarch(after.at("/months/0"), 1);
        assertApril(after.at("/months/1"));
        assertOverall(after.get("overall"), 1);
        assertThat(moderation("?from=2011-03&to=2011-03").get("months")).hasSize(1);

        Map<String, String> csv = new LinkedHashMap<>();
        rows(api().get("/downloads/moderation-statistics.csv")).forEach(row -> csv.put(
                row.get("period") + " " + row.get("measure") + " " + row.get("reason"), row.get("value")));
        assertThat(csv).containsEntry("2011-03 received ", "11").containsEntry("2011-03 published ", "7")
                .containsEntry("2011-03 rejected_by_reason abusive", "2")
                .containsEntry("2011-03 rejected_by_reason personal-information", "1")
                .containsEntry("2011-03 removed_by_reason abusive", "1").containsEntry("2011-03 erased ", "1")
                .containsEntry("2011-03 median_hours_to_decision ", "0.6")
                .containsEntry("2011-03 p90_hours_to_decision ", "0.9")
                .containsEntry("2011-04 received ", "1").containsEntry("2011-04 median_hours_to_decision ", "0.5");
    }

    @Test
    void aSubmissionReadAfterItsDecisionStillTimesItInTheMonthOfTheDecision() throws Exception {
        UUID review = UUID.randomUUID();
        // 23:20 UTC on 31 May 2011 is 00:20 BST on 1 June; 22:40 UTC is 23:40 BST on 31 May.
        events().send(ReviewOutcome.of(review, "STM02", "published", null, Instant.parse("2011-05-31T23:20:00Z")));
        JsonNode untimed = await().atMost(Duration.ofSeconds(60)).until(() -> moderation("?from=2011-05&to=2011-06"),
                page -> page.at("/months/1/published").asLong() == 1);
        assertThat(untimed.at("/months/1/decisionsTimed").asLong()).as("no submission yet").isZero();
        assertThat(untimed.at("/months/1/medianHoursToDecision").isNull()).isTrue();

        events().send(ReviewOutcome.of(review, "STM02", "received", null, Instant.parse("2011-05-31T22:40:00Z")));
        JsonNode timed = await().atMost(Duration.ofSeconds(60)).until(() -> moderation("?from=2011-05&to=2011-06"),
                page -> page.at("/months/1/decisionsTimed").asLong() == 1);
        assertThat(timed.at("/months/0/received").asLong()).isEqualTo(1);
        assertThat(timed.at("/months/0/decisionsTimed").asLong()).isZero();
        assertThat(timed.at("/months/1/received").asLong()).isZero();
        // 40 minutes.
        assertThat(timed.at("/months/1/medianHoursToDecision").asDouble()).isEqualTo(0.7);
        assertThat(timed.at("/months/1/p90HoursToDecision").asDouble()).isEqualTo(0.7);
    }

    private static void assertMarch(JsonNode march, long erased) {
        assertThat(march.get("period").asString()).isEqualTo("2011-03");
        assertThat(march.get("received").asLong()).isEqualTo(11);
        assertThat(march.get("published").asLong()).isEqualTo(7);
        assertThat(march.get("rejected").asLong()).isEqualTo(3);
        assertThat(march.at("/rejectedByReason/abusive").asLong()).isEqualTo(2);
        assertThat(march.at("/rejectedByReason/personal-information").asLong()).isEqualTo(1);
        assertThat(march.get("rejectedByReason")).hasSize(2);
        assertThat(march.get("removed").asLong()).isEqualTo(1);
        assertThat(march.at("/removedByReason/abusive").asLong()).isEqualTo(1);
        assertThat(march.get("withdrawn").asLong()).isEqualTo(1);
        assertThat(march.get("expired").asLong()).isZero();
        assertThat(march.get("erased").asLong()).isEqualTo(erased);
        assertThat(march.get("decisionsTimed").asLong()).isEqualTo(10);
        // (30 + 36) / 2 = 33 minutes; the 9th of 10 is 54 minutes.
        assertThat(march.get("medianHoursToDecision").asDouble()).isEqualTo(0.6);
        assertThat(march.get("p90HoursToDecision").asDouble()).isEqualTo(0.9);
    }

    private static void assertApril(JsonNode april) {
        assertThat(april.get("period").asString()).isEqualTo("2011-04");
        assertThat(april.get("received").asLong()).isEqualTo(1);
        assertThat(april.get("published").asLong()).isEqualTo(1);
        assertThat(april.get("rejected").asLong()).isZero();
        assertThat(april.get("decisionsTimed").asLong()).isEqualTo(1);
        assertThat(april.get("medianHoursToDecision").asDouble()).isEqualTo(0.5);
        assertThat(april.get("p90HoursToDecision").asDouble()).isEqualTo(0.5);
    }

    private static void assertOverall(JsonNode overall, long erased) {
        assertThat(overall.get("period").asString()).isEqualTo("2011-03/2011-04");
        assertThat(overall.get("received").asLong()).isEqualTo(12);
        assertThat(overall.get("published").asLong()).isEqualTo(8);
        assertThat(overall.get("rejected").asLong()).isEqualTo(3);
        assertThat(overall.get("removed").asLong()).isEqualTo(1);
        assertThat(overall.get("erased").asLong()).isEqualTo(erased);
        assertThat(overall.get("decisionsTimed").asLong()).isEqualTo(11);
        // 6, 12, 18, 24, 30, 30, 36, 42, 48, 54, 59: the 6th is 30 minutes, the 10th 54.
        assertThat(overall.get("medianHoursToDecision").asDouble()).isEqualTo(0.5);
        assertThat(overall.get("p90HoursToDecision").asDouble()).isEqualTo(0.9);
    }

    @Test
    void badMonthsAreProblemsNamingTheParameter() {
        assertBadParameter(api().get("/api/statistics/moderation?from=2011-13"), "from");
        assertBadParameter(api().get("/api/statistics/moderation?to=March"), "to");
        assertBadParameter(api().get("/api/statistics/moderation?from=2011-05&to=2011-04"), "from");
        assertBadParameter(api().get("/api/statistics/moderation?from=1900-01&to=2100-01"), "from");
        assertProblem(api().get("/api/statistics/complaints/providers/NOSUCH9"), 404);
        assertProblem(api().get("/api/statistics/complaints/organisations/NOSUCH9"), 404);
    }

    @Test
    void theMethodIsServedNextToTheNumbers() {
        HttpApi.Response method = api().get("/api/statistics/method");
        assertThat(method.status()).isEqualTo(200);
        assertThat(method.contentType()).startsWith("text/markdown");
        assertThat(method.body()).contains("Europe/London", "working days", "Suppression", "90th percentile");
    }

    // --- Complaints ---------------------------------------------------------------------------------------

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    private static Instant noon(String day) {
        return LocalDate.parse(day).atTime(LocalTime.NOON).atZone(LONDON).toInstant();
    }

    private static ComplaintStatusChanged received(String provider, String reference, Instant at, String dueBy) {
        return ComplaintEvents.received(provider, reference, at, LocalDate.parse(dueBy));
    }

    @Test
    void complaintHandlingIsCountedByMonthOfReceiptAndWithheldBelowFive() throws Exception {
        directory("Stats Trust", "STO1", "STS1>STO1", "STS2>STO1");
        List<ComplaintStatusChanged> sent = new ArrayList<>();
        // STS1, March 2012: acknowledged on time and resolved after 2 days.
        ComplaintStatusChanged c1 = received("STS1", "ST-2012-000001", noon("2012-03-05"), "2012-03-08");
        ComplaintStatusChanged c1a = ComplaintEvents.acknowledged(c1, 2, noon("2012-03-06"));
        ComplaintStatusChanged c1r = ComplaintEvents.resolved(c1a, 3, noon("2012-03-07"));
        // Acknowledged late, resolved after 4 days.
        ComplaintStatusChanged c2 = received("STS1", "ST-2012-000002", noon("2012-03-06"), "2012-03-09");
        ComplaintStatusChanged c2a = ComplaintEvents.acknowledged(c2, 2, at("2012-03-10T09:00"));
        ComplaintStatusChanged c2r = ComplaintEvents.resolved(c2a, 3, noon("2012-03-10"));
        // Never acknowledged: late (its due day is long past) and open.
        ComplaintStatusChanged c3 = received("STS1", "ST-2012-000003", noon("2012-03-07"), "2012-03-12");
        // Acknowledged late in the evening of its due day: on time; open.
        ComplaintStatusChanged c4 = received("STS1", "ST-2012-000004", noon("2012-03-08"), "2012-03-13");
        ComplaintStatusChanged c4a = ComplaintEvents.acknowledged(c4, 2, at("2012-03-13T23:30"));
        // Closed as a duplicate before its due day: neither on time nor late, and not open.
        ComplaintStatusChanged c5 = received("STS1", "ST-2012-000005", noon("2012-03-09"), "2012-03-14");
        ComplaintStatusChanged c5c = ComplaintEvents.closed(c5, 2, noon("2012-03-10"), "duplicate");
        // 22:30 UTC on 31 March 2012 is 23:30 BST: March. Resolved after exactly 6 days.
        ComplaintStatusChanged c6 = received("STS1", "ST-2012-000006", Instant.parse("2012-03-31T22:30:00Z"),
                "2012-04-04");
        ComplaintStatusChanged c6a = ComplaintEvents.acknowledged(c6, 2, noon("2012-04-02"));
        ComplaintStatusChanged c6r = ComplaintEvents.resolved(c6a, 3, Instant.parse("2012-04-06T22:30:00Z"));
        // 23:30 UTC on 31 March 2012 is 00:30 BST on 1 April: April, alone there.
        ComplaintStatusChanged c7 = received("STS1", "ST-2012-000007", Instant.parse("2012-03-31T23:30:00Z"),
                "2012-04-05");
        ComplaintStatusChanged c7a = ComplaintEvents.acknowledged(c7, 2, noon("2012-04-02"));
        // The organisation's own: on time, resolved after 2 days.
        ComplaintStatusChanged c8 = received("STO1", "ST-2012-000008", noon("2012-03-20"), "2012-03-23");
        ComplaintStatusChanged c8a = ComplaintEvents.acknowledged(c8, 2, noon("2012-03-21"));
        ComplaintStatusChanged c8r = ComplaintEvents.resolved(c8a, 3, noon("2012-03-22"));
        // STS2, April 2012: closed unanswered after its due day (late), and unanswered and open (late).
        ComplaintStatusChanged d1 = received("STS2", "ST-2012-000009", noon("2012-04-10"), "2012-04-13");
        ComplaintStatusChanged d1c = ComplaintEvents.closed(d1, 2, noon("2012-04-20"), "withdrawn");
        ComplaintStatusChanged d2 = received("STS2", "ST-2012-000010", noon("2012-04-11"), "2012-04-16");
        sent.addAll(List.of(c1, c1a, c1r, c2, c2a, c2r, c3, c4, c4a, c5, c5c, c6, c6a, c6r, c7, c7a, c8, c8a, c8r,
                d1, d1c, d2));
        events().send(sent.toArray());
        // Redelivered: counted once.
        events().send(c1r, c2, c6r);

        JsonNode provider = await().atMost(Duration.ofSeconds(60)).until(
                () -> complaints("providers/STS1?from=2012-03&to=2012-04"),
                page -> page.at("/overall/resolved").asLong() == 3 && page.at("/overall/acknowledgedOnTime").asLong() == 4
                        && page.at("/overall/open").asLong() == 3 && page.at("/overall/acknowledgedLate").asLong() == 2);
        assertThat(provider.get("scope").asString()).isEqualTo("provider");
        assertThat(provider.get("providerCodes").toString()).isEqualTo("[\"STS1\"]");
        assertThat(provider.at("/method/summary").asString()).contains("three working days", "Europe/London");
        JsonNode march = provider.at("/months/0");
        assertThat(march.get("period").asString()).isEqualTo("2012-03");
        assertThat(march.get("suppressed").asBoolean()).isFalse();
        assertThat(march.get("received").asLong()).isEqualTo(6);
        assertThat(march.get("acknowledgedOnTime").asLong()).isEqualTo(3);
        assertThat(march.get("acknowledgedLate").asLong()).isEqualTo(2);
        assertThat(march.get("open").asLong()).isEqualTo(2);
        assertThat(march.get("resolved").asLong()).isEqualTo(3);
        assertThat(march.get("medianDaysToResolution").asDouble()).isEqualTo(4.0);
        JsonNode april = provider.at("/months/1");
        assertThat(april.get("period").asString()).isEqualTo("2012-04");
        assertThat(april.get("suppressed").asBoolean()).as("one complaint").isTrue();
        assertThat(april.get("shownFrom").asInt()).isEqualTo(5);
        assertThat(april.get("suppressedReason").asString()).contains("Fewer than 5 complaints");
        assertThat(april.get("received").isNull()).isTrue();
        assertThat(april.get("acknowledgedOnTime").isNull()).isTrue();
        assertThat(april.get("open").isNull()).isTrue();
        JsonNode overall = provider.get("overall");
        assertThat(overall.get("received").asLong()).isEqualTo(7);
        assertThat(overall.get("medianDaysToResolution").asDouble()).isEqualTo(4.0);

        // The organisation's and the other site's complaints are on other partitions: wait for the last of each.
        JsonNode organisation = await().atMost(Duration.ofSeconds(60)).until(
                () -> complaints("organisations/STO1?from=2012-03&to=2012-04"),
                page -> page.at("/overall/resolved").asLong() == 4 && page.at("/overall/received").asLong() == 10
                        && page.at("/overall/open").asLong() == 4 && page.at("/overall/acknowledgedLate").asLong() == 4);
        assertThat(organisation.get("scope").asString()).isEqualTo("organisation");
        assertThat(organisation.get("providerCodes").toString()).isEqualTo("[\"STO1\",\"STS1\",\"STS2\"]");
        JsonNode orgMarch = organisation.at("/months/0");
        assertThat(orgMarch.get("received").asLong()).isEqualTo(7);
        assertThat(orgMarch.get("acknowledgedOnTime").asLong()).isEqualTo(4);
        assertThat(orgMarch.get("acknowledgedLate").asLong()).isEqualTo(2);
        assertThat(orgMarch.get("open").asLong()).isEqualTo(2);
        assertThat(orgMarch.get("resolved").asLong()).isEqualTo(4);
        // 2, 2, 4 and 6 days: (2 + 4) / 2.
        assertThat(orgMarch.get("medianDaysToResolution").asDouble()).isEqualTo(3.0);
        assertThat(organisation.at("/months/1/suppressed").asBoolean()).as("three complaints").isTrue();
        JsonNode orgOverall = organisation.get("overall");
        assertThat(orgOverall.get("suppressed").asBoolean()).isFalse();
        assertThat(orgOverall.get("received").asLong()).isEqualTo(10);
        assertThat(orgOverall.get("acknowledgedOnTime").asLong()).isEqualTo(5);
        assertThat(orgOverall.get("acknowledgedLate").asLong()).isEqualTo(4);
        assertThat(orgOverall.get("open").asLong()).isEqualTo(4);
        assertThat(orgOverall.get("resolved").asLong()).isEqualTo(4);

        JsonNode site = complaints("providers/STS2?from=2012-03&to=2012-04");
        assertThat(site.at("/overall/suppressed").asBoolean()).as("two complaints").isTrue();
        assertThat(site.at("/overall/received").isNull()).isTrue();
        JsonNode defaults = complaints("providers/STS1");
        assertThat(defaults.get("from").asString()).as("from the first complaint").isEqualTo("2012-03");
        assertThat(defaults.get("to").asString()).isEqualTo(YearMonth.now(LONDON).toString());
        assertBadParameter(api().get("/api/statistics/complaints/providers/STS1?from=2012-3"), "from");

        Map<String, Map<String, String>> csv = new LinkedHashMap<>();
        rows(api().get("/downloads/complaint-statistics.csv"))
                .forEach(row -> csv.put(row.get("provider_code") + " " + row.get("month"), row));
        assertThat(csv.get("STS1 2012-03")).containsEntry("suppressed", "false").containsEntry("received", "6")
                .containsEntry("acknowledged_on_time", "3").containsEntry("acknowledged_late", "2")
                .containsEntry("open", "2").containsEntry("resolved", "3")
                .containsEntry("median_days_to_resolution", "4.0");
        assertThat(csv.get("STS1 2012-04")).containsEntry("suppressed", "true").containsEntry("shown_from", "5")
                .containsEntry("received", "").containsEntry("median_days_to_resolution", "");
        assertThat(csv).containsKey("STS1 " + YearMonth.now(LONDON)).doesNotContainKey("STS1 2012-02");

        Map<String, Map<String, String>> organisations = new LinkedHashMap<>();
        rows(api().get("/downloads/organisation-complaint-statistics.csv"))
                .forEach(row -> organisations.put(row.get("organisation_code") + " " + row.get("month"), row));
        assertThat(organisations.get("STO1 2012-03")).containsEntry("sites", "2").containsEntry("suppressed", "false")
                .containsEntry("received", "7").containsEntry("acknowledged_on_time", "4")
                .containsEntry("acknowledged_late", "2").containsEntry("open", "2").containsEntry("resolved", "4")
                .containsEntry("median_days_to_resolution", "3.0");
        assertThat(organisations.get("STO1 2012-04")).containsEntry("suppressed", "true").containsEntry("received", "");
        assertThat(organisations).doesNotContainKey("STS1 2012-03");
    }

    @Test
    void theStatisticsAreListedAmongTheDownloads() {
        List<String> names = new ArrayList<>();
        api().get("/downloads").json().get("downloads").forEach(d -> names.add(d.get("name").asString()));
        assertThat(names).contains("moderation-statistics", "complaint-statistics", "organisation-complaint-statistics");
    }

    private JsonNode complaints(String path) {
        HttpApi.Response response = api().get("/api/statistics/complaints/" + path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** Imports providers of one organisation type; each {@code CODE} or {@code CODE>PARENT}. */
    private void directory(String organisationType, String... codes) {
        NhsChoicesFixture file = NhsChoicesFixture.withHeader(NhsChoicesFixture.HOSPITAL_HEADER);
        for (String code : codes) {
            String[] parts = code.split(">", 2);
            file.hospital(parts[0], organisationType, "Provider " + parts[0], "TP1 1AA", "53.70", "-1.40",
                    parts.length == 2 ? parts[1] : "", "", "");
        }
        assertThat(new AdminImports(api()).importAndWait(organisationType + ".csv", file.windows1252(),
                Map.of("closeMissing", "false")).get("status").asString()).isEqualTo("succeeded");
    }

    private static List<Map<String, String>> rows(HttpApi.Response download) {
        assertThat(download.status()).as(download.body()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("text/csv");
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> lines = CSV.readerForListOf(String.class).readValues(download.body())) {
            List<String> header = lines.next();
            while (lines.hasNext()) {
                List<String> values = lines.next();
                assertThat(values).as("a whole row").hasSize(header.size());
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), values.get(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
