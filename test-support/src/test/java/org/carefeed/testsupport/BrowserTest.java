package org.carefeed.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The browser harness itself: it shows pages, axe-core finds what is wrong with them, screenshots are kept. */
class BrowserTest {

    private static final String HEAD = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Test page</title></head><body><main><h1>A page</h1>";

    private HttpServer server;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        page("/good", HEAD + "<p>All fine.</p><noscript><p id=\"noscript\">No JavaScript here.</p></noscript></main></body></html>");
        page("/bad", HEAD + "<img src=\"x.png\"><label>Name</label><input id=\"n\" type=\"text\"></main></body></html>");
        server.start();
    }

    private void page(String path, String html) {
        server.createContext(path, exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void axeFindsWhatIsWrongAndPassesWhatIsNot() {
        try (Browser browser = Browser.open()) {
            assertThat(browser.visit(url("/good")).accessibilityViolations()).isEmpty();
            assertThat(browser.visit(url("/bad")).accessibilityViolations())
                    .anyMatch(violation -> violation.startsWith("image-alt"))
                    .anyMatch(violation -> violation.startsWith("label"));
            assertThat(Files.exists(browser.screenshot("browser-self-test"))).isTrue();
        }
    }

    @Test
    void withoutJavaScriptTheNoscriptContentShows() {
        try (Browser browser = Browser.withoutJavaScript()) {
            browser.visit(url("/good"));
            assertThat(browser.driver().findElements(By.id("noscript"))).hasSize(1);
            assertThat(browser.driver().findElement(By.id("noscript")).isDisplayed()).isTrue();
        }
        try (Browser browser = Browser.open()) {
            browser.visit(url("/good"));
            assertThat(browser.driver().findElements(By.id("noscript")).stream().filter(e -> e.isDisplayed())).isEmpty();
        }
    }
}
