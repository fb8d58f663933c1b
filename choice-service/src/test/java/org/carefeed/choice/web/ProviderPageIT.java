package org.carefeed.choice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carefeed.choice.imports.AdminImports;
import org.carefeed.choice.imports.GenericCsvFile;
import org.carefeed.choice.imports.NhsChoicesFixture;
import org.carefeed.choice.review.ReviewEvents;
import org.carefeed.events.ReviewPublished;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.carefeed.testsupport.MongoCommands;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The provider page through the running service, as a browser gets it, for a provider imported into the
 * directory with an indicator and a dozen reviews published through Kafka, the newest answered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderPageIT extends IntegrationTest {

    private static final Pattern SCRIPT_NONCE = Pattern.compile("script-src [^;]*'nonce-([A-Za-z0-9+/=]+)'");
    private static final String ORGANISATION = "PPG00";
    private static final String SITE = "PPG01";
    private static final String TITLE = "Kind <b>&amp;</b> quick";
    private static final String TEXT = "First line & <i>more</i>\nsecond line";
    private static final String RESPONSE = "Thank you <script>alert(1)</script>\nWe will call you.";
    /** Ratings, oldest review first: 5 fives, 3 fours, 1 three, 1 two, 2 ones. */
    private static final int[] RATINGS = {5, 5, 5, 4, 4, 3, 1, 5, 4, 2, 5, 1};
    private static final Map<String, Long> DISTRIBUTION = Map.of("5 stars", 5L, "4 stars", 3L, "3 stars", 1L,
            "2 stars", 1L, "1 star", 2L);

    @Autowired
    KafkaTemplate<String, String> kafka;

    @BeforeAll
    void aProviderWithAnIndicatorAndReviews() throws Exception {
        NhsChoicesFixture file = NhsChoicesFixture.withHeader(NhsChoicesFixture.HOSPITAL_HEADER)
                .hospital(ORGANISATION, "Page Site", "Page Test Trust", "TP1 1AA", "53.70", "-1.40", "", "", "")
                .hospital(SITE, "Page Site", "Page Test Hospital", "TP1 2BB", "53.71", "-1.41", ORGANISATION,
                        "01632 960001", "enquiries@page-test.example");
        assertThat(new AdminImports(api()).importAndWait("page-site.csv", file.windows1252(),
                Map.of("closeMissing", "false")).get("status").asString()).isEqualTo("succeeded");
        byte[] indicators = (GenericCsvFile.HEADER
                + "\n" + SITE + ",Would recommend,2026 Q2,91.5,%,,Test survey,https://example.org/survey\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(new AdminImports(api()).importAndWait("page-indicators.csv", indicators).get("status")
                .asString()).isEqualTo("succeeded");

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Object> events = new ArrayList<>();
        for (int i = 0; i < RATINGS.length; i++) {
            Instant at = now.minus(Duration.ofHours(RATINGS.length - i));
            boolean newest = i == RATINGS.length - 1;
            ReviewPublished review = ReviewPublished.of(UUID.randomUUID(), 1, SITE, new ReviewPublished.Content(
                    RATINGS[i], newest ? TITLE : "Review " + i, newest ? TEXT : "Story " + i, "Outpatients",
                    YearMonth.from(at.atOffset(ZoneOffset.UTC)).toString(), "patient", "Sam"), at);
            events.add(review);
            if (newest) {
                events.add(ReviewEvents.response(review, 2, RESPONSE, at.plusSeconds(60), at.plusSeconds(60)));
            }
        }
        new ReviewEvents(kafka).send(events.toArray());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Document page = page("/providers/" + SITE);
            assertThat(page.select("#review-list > li")).hasSize(10);
            assertThat(page.select(".response-text")).hasSize(1);
            assertThat(page.select("#distribution-table tbody td:eq(1)").eachText())
                    .containsExactly("5", "3", "1", "1", "2");
        });
    }

    @Test
    void showsTheProviderInTheDesignSystemsTemplate() {
        HttpApi.Response response = api().get("/providers/" + SITE);
        Document page = Jsoup.parse(response.body());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Page Test Hospital");
        assertThat(page.title()).isEqualTo("Page Test Hospital – Carefeed – NHS");
        assertThat(page.select(".nhsuk-breadcrumb__link").eachText())
                .containsExactly("Home", "Find and compare services");
        assertThat(page.select(".nhsuk-breadcrumb__link").eachAttr("href")).containsExactly("/", "/search");
        Matcher nonce = SCRIPT_NONCE.matcher(response.header("Content-Security-Policy"));
        assertThat(nonce.find()).isTrue();
        assertThat(page.select("script:not([src])")).hasSize(2)
                .allSatisfy(script -> assertThat(script.attr("nonce")).isEqualTo(nonce.group(1)));
        assertThat(page.select("[style]")).as("no inline styles, which the policy forbids").isEmpty();
    }

    @Test
    void showsContactDetailsAMapLinkAndTheOrganisation() {
        Document page = page("/providers/" + SITE);

        Element contact = page.selectFirst("#contact + dl");
        assertThat(contact.select("address").first().textNodes().stream().map(TextNode::text).map(String::strip)
                .filter(line -> !line.isEmpty()).toList())
                .containsExactly("1 High Street", "Townsville", "Countyshire", "TP1 2BB");
        assertThat(contact.text()).contains("01632 960001").contains("Open");
        assertThat(contact.select("a[href^=mailto:]").attr("href")).isEqualTo("mailto:enquiries@page-test.example");
        assertThat(contact.select("a[href*=openstreetmap]").attr("href"))
                .isEqualTo("https://www.openstreetmap.org/?mlat=53.71&mlon=-1.41#map=17/53.71/-1.41");
        assertThat(contact.select("a[href=/providers/" + ORGANISATION + "]").text())
                .isEqualTo("Parent Trust of " + ORGANISATION);
        assertThat(page.select(".nhsuk-tag--red")).as("an open provider is not marked closed").isEmpty();

        Document organisation = page("/providers/" + ORGANISATION);
        assertThat(organisation.select("#sites + ul a").eachAttr("href")).containsExactly("/providers/" + SITE);
        assertThat(organisation.select("#sites + ul a").text()).isEqualTo("Page Test Hospital");
        assertThat(organisation.select("a[href=/feeds/organisations/" + ORGANISATION + "/reviews.atom]"))
                .hasSize(1);
        assertThat(organisation.select("#reviews + p").text()).isEqualTo("No reviews have been published yet.");
        assertThat(organisation.select(".nhsuk-inset-text").first().text()).contains("Not enough reviews yet")
                .contains("Fewer than 5 reviews published since");
    }

    @Test
    void theDistributionIsAChartWithATextAlternativeAndATableOfTheSameNumbers() {
        Document page = page("/providers/" + SITE);

        Element chart = page.selectFirst("svg[role=img][aria-labelledby]");
        assertThat(chart).isNotNull();
        for (String id : chart.attr("aria-labelledby").split(" ")) {
            assertThat(chart.getElementById(id)).as("labelled by #%s", id).isNotNull();
            assertThat(chart.getElementById(id).text()).isNotBlank();
        }
        assertThat(chart.selectFirst("desc").text())
                .isEqualTo("Reviews by star rating: 5 stars 5, 4 stars 3, 3 stars 1, 2 stars 1, 1 star 2.");
        List<String> chartLabels = new ArrayList<>();
        List<String> chartCounts = new ArrayList<>();
        for (Element bar : chart.select("g")) {
            chartLabels.add(bar.select("text").get(0).text());
            chartCounts.add(bar.select("text").get(1).text());
        }
        List<String> tableLabels = page.select("#distribution-table tbody th").eachText();
        List<String> tableCounts = page.select("#distribution-table tbody td:eq(1)").eachText();
        assertThat(chartLabels).isEqualTo(tableLabels).containsExactly("5 stars", "4 stars", "3 stars", "2 stars",
                "1 star");
        assertThat(chartCounts).isEqualTo(tableCounts);
        for (int i = 0; i < tableLabels.size(); i++) {
            assertThat(Long.parseLong(tableCounts.get(i))).isEqualTo(DISTRIBUTION.get(tableLabels.get(i)));
        }
        assertThat(chart.select("rect").eachAttr("width")).as("bars in proportion, the longest 240")
                .containsExactly("240", "144", "48", "48", "96");
        assertThat(page.selectFirst("#rating ~ p").text()).matches(".*\\d\\.\\d out of 5");
        assertThat(page.select("#rating ~ p").get(1).text()).startsWith("From 12 reviews published since");
    }

    @Test
    void reviewsAreNewestFirstWithTheirResponsesEscapedAndLineBreaksKept() {
        Document page = page("/providers/" + SITE);

        Element newest = page.selectFirst("#review-list > li");
        Element title = newest.selectFirst("h3");
        assertThat(title.text()).isEqualTo(TITLE);
        assertThat(title.children()).as("markup in a title is shown, never used").isEmpty();
        Element text = newest.selectFirst(".review-text p");
        assertThat(text.children()).hasSize(1).allSatisfy(child -> assertThat(child.tagName()).isEqualTo("br"));
        assertThat(text.textNodes()).extracting(TextNode::text).containsExactly("First line & <i>more</i>",
                "second line");
        Element response = newest.selectFirst(".nhsuk-inset-text");
        assertThat(response.selectFirst("h4").text()).isEqualTo("Response from Provider " + SITE);
        Element responseText = response.selectFirst(".response-text p");
        assertThat(responseText.select("script")).isEmpty();
        assertThat(responseText.textNodes()).extracting(TextNode::text)
                .containsExactly("Thank you <script>alert(1)</script>", "We will call you.");
        assertThat(page.select("#review-list > li h3").eachText().subList(1, 10))
                .containsExactly("Review 10", "Review 9", "Review 8", "Review 7", "Review 6", "Review 5", "Review 4",
                        "Review 3", "Review 2");
    }

    @Test
    void olderReviewsAreOnTheNextPageByTheListingsCursor() {
        Element older = page("/providers/" + SITE).selectFirst("a.nhsuk-pagination__link--next");
        assertThat(older).isNotNull();

        Document next = page(older.attr("href").replaceFirst("#.*", ""));

        assertThat(next.select("#review-list > li h3").eachText()).containsExactly("Review 1", "Review 0");
        assertThat(next.select("a.nhsuk-pagination__link--next")).isEmpty();
        assertThat(next.selectFirst("a.nhsuk-pagination__link--prev").attr("href"))
                .isEqualTo("/providers/" + SITE + "#reviews");
    }

    @Test
    void showsIndicatorsWithPeriodBandAndSourceAndWithheldComplaintFigures() {
        Document page = page("/providers/" + SITE);

        List<String> cells = page.select("#indicators-table tbody tr").first().select("th, td").stream()
                .map(cell -> cell.ownText().isBlank() ? cell.select("a").text() : cell.ownText()).toList();
        assertThat(cells).containsExactly("Would recommend", "91.5%", "2026 Q2", "None given", "Test survey");
        assertThat(page.select("#indicators-table a").attr("href")).isEqualTo("https://example.org/survey");
        assertThat(page.selectFirst("#complaints + .nhsuk-inset-text").text())
                .contains("Fewer than 5 complaints received since").contains("withheld");
    }

    @Test
    void linksToItsFeedsTheApiAndTheDownloadThatAllWork() {
        Document page = page("/providers/" + SITE);

        List<String> links = page.select("#open-data ~ ul a").eachAttr("href");
        assertThat(links).containsExactly("/feeds/providers/" + SITE + "/reviews.atom",
                "/feeds/providers/" + SITE + "/reviews.json", "/api/providers/" + SITE,
                "/api/providers/" + SITE + "/reviews", "/downloads/reviews.csv");
        for (String link : links) {
            assertThat(api().get(link).status()).as(link).isEqualTo(200);
        }
    }

    @Test
    void anUnknownOrMalformedProviderIsAPageNotFound() {
        for (String path : List.of("/providers/NOPE99", "/providers/%3Cb%3E", "/providers/" + SITE + "?cursor=junk")) {
            HttpApi.Response response = api().get(path);
            Document page = Jsoup.parse(response.body());

            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.contentType()).as(path).startsWith("text/html");
            assertThat(page.select("h1").eachText()).as(path).containsExactly("Page not found");
            assertThat(page.title()).isEqualTo("Page not found – Carefeed – NHS");
        }
    }

    @Test
    void aClosedProviderIsClearlyMarked() {
        NhsChoicesFixture both = NhsChoicesFixture.withHeader(NhsChoicesFixture.HOSPITAL_HEADER)
                .hospital("PPC01", "Closing Page Site", "Closing Hospital", "TP1 3CC", "53.72", "-1.42", "", "", "")
                .hospital("PPC02", "Closing Page Site", "Staying Hospital", "TP1 3CD", "53.72", "-1.42", "", "", "");
        NhsChoicesFixture withoutTheFirst = NhsChoicesFixture.withHeader(NhsChoicesFixture.HOSPITAL_HEADER)
                .hospital("PPC02", "Closing Page Site", "Staying Hospital", "TP1 3CD", "53.72", "-1.42", "", "", "");
        AdminImports imports = new AdminImports(api());
        assertThat(imports.importAndWait("closing-page-site.csv", both.windows1252(), Map.of("closeMissing", "false"))
                .get("status").asString()).isEqualTo("succeeded");
        assertThat(page("/providers/PPC01").select(".nhsuk-tag--red, .nhsuk-warning-callout")).isEmpty();

        assertThat(imports.importAndWait("closing-page-site.csv", withoutTheFirst.windows1252(),
                Map.of("closeMissing", "true")).get("status").asString()).isEqualTo("succeeded");

        Document page = page("/providers/PPC01");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Closing Hospital");
        assertThat(page.selectFirst(".nhsuk-warning-callout h2").text()).contains("This service has closed");
        assertThat(page.select("#contact + dl .nhsuk-tag--red").text()).isEqualTo("Closed");
    }

    @Test
    void readsTheSameFewQueriesWhateverTheNumberOfReviews() {
        MongoCommands.record();
        page("/providers/" + ORGANISATION);
        List<MongoCommands.Command> none = MongoCommands.stop().stream()
                .filter(MongoCommands.Command::fromWebRequest).toList();
        MongoCommands.record();
        page("/providers/" + SITE);
        List<MongoCommands.Command> twelve = MongoCommands.stop().stream()
                .filter(MongoCommands.Command::fromWebRequest).toList();

        // Without reviews: the entry, its sites, the figures, the indicators, the listing and the (no) reviews.
        // With them, only the days the page's reviews were published on (at most a page's worth) come in.
        assertThat(none).extracting(MongoCommands.Command::collection).containsExactlyInAnyOrder("providers",
                "providers", "provider_summaries", "indicator_values", "review_listings", "reviews");
        assertThat(twelve).hasSizeLessThanOrEqualTo(none.size() + ProviderPageController.REVIEWS_A_PAGE);
        assertThat(twelve).extracting(MongoCommands.Command::collection)
                .filteredOn(collection -> !collection.equals("review_listing_days"))
                .containsExactlyInAnyOrderElementsOf(none.stream().map(MongoCommands.Command::collection).toList());
        assertThat(twelve.stream().filter(c -> "reviews".equals(c.collection()))).as("the page's reviews in one read")
                .hasSize(1);
    }

    private Document page(String path) {
        HttpApi.Response response = api().get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
