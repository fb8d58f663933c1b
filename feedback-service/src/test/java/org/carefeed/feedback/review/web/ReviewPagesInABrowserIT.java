package org.carefeed.feedback.review.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;

import org.carefeed.feedback.FeedbackFixture;
import org.carefeed.feedback.directory.DirectoryFixture;
import org.carefeed.testsupport.Browser;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * "Leave a review" in a real browser, with JavaScript and without: every page, the error page included,
 * has one h1 and is clean for axe-core (run with JavaScript), and a picture of each is kept in
 * target/screenshots.
 */
class ReviewPagesInABrowserIT extends IntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    String provider;

    @BeforeEach
    void providerInTheDirectory() throws Exception {
        provider = FeedbackFixture.uniqueCode();
        new DirectoryFixture(kafkaTemplate, mongo).open(provider);
    }

    @Test
    void aPatientLeavesAReviewWithJavaScript() {
        try (Browser browser = Browser.open()) {
            walkTheForm(browser, "", true);
        }
    }

    @Test
    void aPatientLeavesAReviewWithoutJavaScript() {
        try (Browser browser = Browser.withoutJavaScript()) {
            // axe-core runs in the page, so it cannot here: the markup is the same as with JavaScript.
            walkTheForm(browser, "-without-javascript", false);
        }
    }

    private void walkTheForm(Browser browser, String suffix, boolean axe) {
        YearMonth visit = YearMonth.now(ZoneId.of("Europe/London"));
        browser.visit("http://localhost:" + port + "/review/provider?provider=" + provider);
        page(browser, axe, "review-1-provider" + suffix, "Which provider are you reviewing?");
        proceed(browser);
        page(browser, axe, "review-2-service" + suffix, "Which service did you use? (optional)");
        type(browser, "serviceName", "Maternity");
        proceed(browser);
        page(browser, axe, "review-3-visit-month" + suffix, "When did you visit?");
        type(browser, "visitMonth", Integer.toString(visit.getMonthValue()));
        type(browser, "visitMonthYear", Integer.toString(visit.getYear()));
        proceed(browser);
        page(browser, axe, "review-4-rating" + suffix, "How would you rate your experience?");
        browser.driver().findElement(By.cssSelector("label[for='rating-4']")).click();
        proceed(browser);
        page(browser, axe, "review-5-title" + suffix, "Give your review a title");
        proceed(browser);
        page(browser, axe, "review-5-title-error" + suffix, "Give your review a title");
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        assertThat(browser.driver().findElement(By.cssSelector(".nhsuk-error-summary a")).getText())
                .isEqualTo("Enter a title for your review");
        type(browser, "title", "<script>alert('x')</script> Kind staff");
        proceed(browser);
        page(browser, axe, "review-6-your-review" + suffix, "Tell us about your experience");
        type(browser, "text", "The midwives explained everything and were kind throughout.");
        proceed(browser);
        page(browser, axe, "review-7-who-you-are" + suffix, "Who are you?");
        browser.driver().findElement(By.cssSelector("label[for='authorRole']")).click();
        proceed(browser);
        page(browser, axe, "review-8-display-name" + suffix, "What name should we show with your review? (optional)");
        proceed(browser);
        page(browser, axe, "review-9-consent" + suffix, "Can we publish your review?");
        browser.driver().findElement(By.cssSelector("label[for='consentToPublish']")).click();
        proceed(browser);
        page(browser, axe, "review-10-check" + suffix, "Check your answers before submitting your review");
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("<script>alert('x')</script> Kind staff", "Anonymous");
        browser.driver().findElement(By.id("submit")).click();
        page(browser, axe, "review-11-submitted" + suffix, "Review submitted");
        String privateLink = browser.driver().findElement(By.id("private-link")).getAttribute("href");

        browser.visit("http://localhost:" + port + URI.create(privateLink).getPath());
        page(browser, axe, "review-12-status" + suffix, "Your review");
        assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("Awaiting moderation");
        browser.driver().findElement(By.id("withdraw")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().endsWith("?withdrawn"));
        page(browser, axe, "review-13-withdrawn" + suffix, "Your review");
        assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("Withdrawn");
    }

    private static void page(Browser browser, boolean axe, String screenshot, String heading) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> driver.findElements(By.tagName("h1")).size() == 1);
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).as(screenshot).isEqualTo(heading);
        if (axe) {
            assertThat(browser.accessibilityViolations()).as(screenshot).isEmpty();
        }
        browser.screenshot(screenshot);
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void proceed(Browser browser) {
        browser.driver().findElement(By.cssSelector("main form button.nhsuk-button[type=submit]")).click();
    }
}
