package org.carefeed.choice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carefeed.choice.imports.AdminImports;
import org.carefeed.choice.imports.NhsChoicesFixture;
import org.carefeed.choice.review.ReviewEvents;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The search results page and the site's error pages, through the running service as a browser gets
 * them. The directory holds providers named "Quillfeather" around 52.00,-2.00 (a degree of latitude is
 * about 111 km), which no other test uses, and 25 "Zephyrwood" ones for the pages of results.
 */
class SearchPagesIT extends IntegrationTest {

    private static final Pattern SCRIPT_NONCE = Pattern.compile("script-src [^;]*'nonce-([A-Za-z0-9+/=]+)'");
    private static final Instant RECENTLY = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(10));
    private static boolean imported;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @BeforeEach
    void directory() throws Exception {
        if (imported) {
            return;
        }
        NhsChoicesFixture file = NhsChoicesFixture.withHeader(NhsChoicesFixture.HOSPITAL_HEADER)
                .hospital("QFW1", "Hospital", "Quillfeather Hospital", "WQ1 1AA", "52.00", "-2.00", "", "", "")
                .hospital("QFW2", "Dentists", "Quillfeather Dental Care", "WQ1 1AB", "52.01", "-2.00", "", "", "")
                .hospital("QFW3", "Pharmacy", "Quillfeather Pharmacy", "WQ1 1AD", "52.05", "-2.00", "", "", "");
        for (int i = 1; i <= 25; i++) {
            file.hospital(String.format("ZPW%02d", i), "Clinic", String.format("Zephyrwood Clinic %02d", i), "WQ9 9AA",
                    "51.00", "-3.00", "", "", "");
        }
        assertThat(new AdminImports(api()).importAndWait("search-pages.csv", file.windows1252(),
                Map.of("closeMissing", "false"))
                .get("status").asString()).isEqualTo("succeeded");
        // Once: the reviews below are sent once, whatever happens to the wait for them.
        imported = true;
        ReviewEvents events = new ReviewEvents(kafka);
        int[] ratings = {5, 4, 4, 5, 4};
        for (int i = 0; i < ratings.length; i++) {
            events.send(ReviewEvents.published("QFW1", ratings[i], "Review " + i, RECENTLY.plusSeconds(i)));
        }
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(reviews("QFW1")).contains("\"reviewCount\":5,"));
    }

    private String reviews(String code) {
        HttpApi.Response profile = api().get("/api/providers/" + code);
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        return profile.json().get("reviews").toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A page of the site, checked against the design system's template: one h1, its title, this response's nonce. */
    private Document page(String path, int status, String title) {
        HttpApi.Response response = api().get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("text/html");
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.title()).isEqualTo(title + " – Carefeed – NHS");
        Matcher nonce = SCRIPT_NONCE.matcher(response.header("Content-Security-Policy"));
        assertThat(nonce.find()).isTrue();
        for (Element inline : page.select("script:not([src])")) {
            assertThat(inline.attr("nonce")).isEqualTo(nonce.group(1));
        }
        assertThat(response.body()).doesNotContain("Exception", "at org.");
        return page;
    }

    private Document results(String query) {
        return page("/search?" + query, 200, "Search results");
    }

    private static List<String> names(Document page) {
        return page.select("#results > li h2 a").eachText();
    }

    private static Element result(Document page, String name) {
        return page.select("#results > li").stream()
                .filter(li -> li.selectFirst("h2 a").text().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void findsByNameAndLinksEachToItsPage() {
        Document page = results("q=quillfeather");

        assertThat(names(page)).containsExactly("Quillfeather Dental Care", "Quillfeather Hospital",
                "Quillfeather Pharmacy");
        assertThat(page.selectFirst("#result-count").text()).isEqualTo("3 services found");
        Element hospital = result(page, "Quillfeather Hospital");
        assertThat(hospital.selectFirst("h2 a").attr("href")).isEqualTo("/providers/QFW1");
        assertThat(hospital.selectFirst(".carefeed-result__type").text()).isEqualTo("Hospital");
        assertThat(hospital.selectFirst(".carefeed-result__address").text())
                .isEqualTo("1 High Street, Townsville, WQ1 1AA");
        assertThat(hospital.select(".carefeed-result__distance")).as("no distance without a postcode").isEmpty();
        assertThat(page.selectFirst("input#q").val()).as("the form again, as typed").isEqualTo("quillfeather");
        assertThat(page.select("nav.nhsuk-breadcrumb a").eachAttr("href")).contains("/");
    }

    @Test
    void aRatingIsShownAsStarsWithItsReviewsOrWhyNot() {
        Document page = results("q=quillfeather");

        // (10 x 3.0 + 22) / (10 + 5) = 3.47: three stars
        Element rated = result(page, "Quillfeather Hospital").selectFirst(".carefeed-result__rating");
        assertThat(rated.text()).contains("★★★☆☆", "Rated 3.5 out of 5 from 5 reviews");
        Element unrated = result(page, "Quillfeather Dental Care").selectFirst(".carefeed-result__rating");
        assertThat(unrated.text()).startsWith("Not enough reviews yet.").contains("Fewer than 5 reviews");
        assertThat(result(page, "Quillfeather Pharmacy").selectFirst(".carefeed-result__rating").text())
                .startsWith("Not enough reviews yet.");
    }

    @Test
    void nearAPostcodeListsNearestFirstWithTheirDistance() {
        Document page = results("near=" + encode("WQ1 1AA") + "&radiusKm=5&q=quillfeather");

        assertThat(names(page)).containsExactly("Quillfeather Hospital", "Quillfeather Dental Care");
        assertThat(result(page, "Quillfeather Hospital").selectFirst(".carefeed-result__distance").text())
                .isEqualTo("0.0 km away");
        assertThat(result(page, "Quillfeather Dental Care").selectFirst(".carefeed-result__distance").text())
                .isEqualTo("1.1 km away");
        assertThat(page.selectFirst("select#radiusKm option[selected]").val()).isEqualTo("5");

        Document wider = results("near=" + encode("WQ1 1AA") + "&radiusKm=10");
        assertThat(names(wider)).contains("Quillfeather Hospital", "Quillfeather Dental Care", "Quillfeather Pharmacy");
        assertThat(result(wider, "Quillfeather Pharmacy").selectFirst(".carefeed-result__distance").text())
                .isEqualTo("5.6 km away");
    }

    @Test
    void theTypeNarrowsTheSearch() {
        Document page = results("q=quillfeather&type=dentist");

        assertThat(names(page)).containsExactly("Quillfeather Dental Care");
        assertThat(result(page, "Quillfeather Dental Care").selectFirst(".carefeed-result__type").text())
                .isEqualTo("Dentist");
        assertThat(page.selectFirst("select#type option[selected]").val()).isEqualTo("dentist");
    }

    @Test
    void morePagesAreReachedByNextAndPrevious() {
        Document first = results("q=zephyrwood");
        assertThat(names(first)).hasSize(20).startsWith("Zephyrwood Clinic 01").endsWith("Zephyrwood Clinic 20");
        assertThat(first.selectFirst("#result-count").text()).isEqualTo("25 services found");
        assertThat(first.select("nav.nhsuk-pagination a[rel=prev]")).isEmpty();

        Document second = results(first.selectFirst("nav.nhsuk-pagination a[rel=next]").attr("href")
                .replaceFirst("^/search\\?", ""));
        assertThat(names(second)).containsExactly("Zephyrwood Clinic 21", "Zephyrwood Clinic 22",
                "Zephyrwood Clinic 23", "Zephyrwood Clinic 24", "Zephyrwood Clinic 25");
        assertThat(second.select("nav.nhsuk-pagination a[rel=next]")).isEmpty();

        Document back = results(second.selectFirst("nav.nhsuk-pagination a[rel=prev]").attr("href")
                .replaceFirst("^/search\\?", ""));
        assertThat(names(back)).isEqualTo(names(first));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            q=                                 | q        | Enter a name or a postcode
            q=quillfeather&near=NE99%201AA     | near     | Enter a postcode we can find
            q=quillfeather&near=not-a-postcode | near     | Enter a postcode we can find
            q=quillfeather&near=WQ1&radiusKm=500 | radiusKm | Select a distance from the list
            q=quillfeather&near=WQ1&radiusKm=abc | radiusKm | Select a distance from the list
            q=quillfeather&type=spaceport      | type     | Select a type of service from the list
            q=%7B%22%24ne%22%3A1%7D            | q        | Name of the service must only include
            q=%3Cscript%3Ealert(1)%3C%2Fscript%3E | q     | Name of the service must only include
            """)
    void badInputIsShownInTheErrorSummaryAndBesideItsField(String query, String field, String message) {
        Document page = page("/search?" + query, 400, "Error: Search results");

        Element summary = page.selectFirst(".nhsuk-error-summary");
        assertThat(summary).isNotNull();
        Element link = summary.selectFirst("a[href=#" + field + "]");
        assertThat(link).as("the summary links to %s", field).isNotNull();
        assertThat(link.text()).startsWith(message);
        assertThat(page.selectFirst("#" + field + "-error").text()).contains(message);
        assertThat(page.select("#" + field)).as("the field it links to").hasSize(1);
        assertThat(page.select("#results")).isEmpty();
    }

    @Test
    void overLongTextIsAnErrorToo() {
        Document page = page("/search?q=" + "a".repeat(101), 400, "Error: Search results");

        assertThat(page.selectFirst(".nhsuk-error-summary a[href=#q]").text())
                .isEqualTo("Name of the service must be 100 characters or fewer");
        assertThat(page.selectFirst("input#q").val()).hasSize(101);
    }

    @Test
    void aPageThatDoesNotExistIsTheDesignSystemsPageNotFound() {
        Document page = page("/no-such-page", 404, "Page not found");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
        assertThat(page.select("main a[href=/]")).hasSize(1);
    }

    @Test
    void theOpenDataKeepsItsProblemDetails() {
        for (String path : List.of("/api/nothing-here", "/feeds/nothing-here", "/downloads/nothing-here")) {
            HttpApi.Response response = api().get(path);

            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(response.json().get("status").asInt()).isEqualTo(404);
        }
    }
}
