package org.carefeed.choice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.carefeed.choice.imports.AdminImports;
import org.carefeed.choice.imports.NhsChoicesFixture;
import org.carefeed.choice.review.ReviewEvents;
import org.carefeed.events.ReviewPublished;
import org.carefeed.testsupport.Browser;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * choice-service's pages in a real browser, with and without JavaScript: axe-core finds nothing wrong
 * on any of them (WCAG 2.x A and AA), each is reached by keyboard from the skip link, and a picture of
 * each is kept in target/screenshots.
 */
class PagesInABrowserIT extends IntegrationTest {

    private static final List<String> PAGES = List.of("/", "/accessibility-statement", "/privacy", "/cookies",
            "/house-rules", "/contact");

    @Autowired
    KafkaTemplate<String, String> kafka;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void everyPageIsCleanForAxeAndKeepsAScreenshot() {
        try (Browser browser = Browser.open()) {
            for (String path : PAGES) {
                browser.visit(url(path));
                assertThat(browser.accessibilityViolations()).as(path).isEmpty();
                assertThat(browser.driver().findElements(By.tagName("h1"))).as(path).hasSize(1);
                browser.screenshot("choice" + (path.equals("/") ? "-start" : path.replace('/', '-')));
            }
        }
    }

    @Test
    void theSkipLinkIsTheFirstThingAKeyboardReachesAndItLeadsToTheContent() {
        try (Browser browser = Browser.open()) {
            browser.visit(url("/"));
            browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement focused = browser.driver().switchTo().activeElement();
            assertThat(focused.getText()).isEqualTo("Skip to main content");
            assertThat(focused.getAttribute("href")).endsWith("#maincontent");
        }
    }

    @Test
    void withoutJavaScriptEveryPageStillShowsAndTheSearchFormIsThere() {
        try (Browser browser = Browser.withoutJavaScript()) {
            for (String path : PAGES) {
                browser.visit(url(path));
                assertThat(browser.driver().findElement(By.tagName("h1")).isDisplayed()).as(path).isTrue();
            }
            browser.visit(url("/"));
            assertThat(browser.driver().findElement(By.cssSelector("form[action='/search']")).isDisplayed()).isTrue();
            browser.screenshot("choice-start-without-javascript");
        }
    }

    /** A provider with reviews, one answered, on its page: the chart, the table and the reviews pass axe too. */
    @Test
    void searchResultsAndTheProviderPageWithItsChartAreCleanForAxeAndWorkWithoutJavaScript() throws Exception {
        NhsChoicesFixture file = NhsChoicesFixture.withHeader(NhsChoicesFixture.HOSPITAL_HEADER)
                .hospital("PBR01", "Browser Site", "Browser Test Hospital", "TP1 3CC", "53.72", "-1.42", "",
                        "01632 960002", "");
        assertThat(new AdminImports(api()).importAndWait("browser-site.csv", file.windows1252(),
                Map.of("closeMissing", "false")).get("status").asString()).isEqualTo("succeeded");
        ReviewPublished answered = ReviewEvents.published("PBR01", 4, "Seen quickly & kindly", Instant.now());
        new ReviewEvents(kafka).send(ReviewEvents.published("PBR01", 2, "Long wait", Instant.now().minusSeconds(60)),
                answered, ReviewEvents.response(answered, 2, "Thank you for telling us.", Instant.now(), Instant.now()));

        try (Browser browser = Browser.open()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> browser.visit(url("/providers/PBR01")).driver()
                    .getPageSource().contains("Thank you for telling us."));
            assertThat(browser.accessibilityViolations()).isEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("svg[role='img']"))).isNotEmpty();
            browser.screenshot("choice-provider-page");

            browser.visit(url("/search?q=Browser+Test"));
            assertThat(browser.driver().findElement(By.linkText("Browser Test Hospital")).isDisplayed()).isTrue();
            assertThat(browser.accessibilityViolations()).as("search results").isEmpty();
            browser.screenshot("choice-search-results");
            browser.visit(url("/search?q=%7B%22%24ne%22%3A1%7D"));
            assertThat(browser.driver().getTitle()).startsWith("Error: ");
            assertThat(browser.accessibilityViolations()).as("search with an error").isEmpty();
            browser.screenshot("choice-search-error");
        }
        // Without JavaScript: the start page's form leads to the results and on to the provider's page.
        try (Browser browser = Browser.withoutJavaScript()) {
            browser.visit(url("/"));
            browser.driver().findElement(By.id("q")).sendKeys("Browser Test");
            browser.driver().findElement(By.cssSelector("form[action='/search'] button")).click();
            browser.driver().findElement(By.linkText("Browser Test Hospital")).click();
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Browser Test Hospital");
        }
    }
}
