package org.carefeed.choice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.carefeed.testsupport.Browser;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * choice-service's pages in a real browser, with and without JavaScript: axe-core finds nothing wrong
 * on any of them (WCAG 2.x A and AA), each is reached by keyboard from the skip link, and a picture of
 * each is kept in target/screenshots.
 */
class PagesInABrowserIT extends IntegrationTest {

    private static final List<String> PAGES = List.of("/", "/accessibility-statement", "/privacy", "/cookies",
            "/house-rules", "/contact");

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
}
