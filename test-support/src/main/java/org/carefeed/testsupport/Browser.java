package org.carefeed.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real browser for tests: Debian's Chromium, headless, driven through Debian's ChromeDriver (a test
 * tool's own browser download fails on these machines), with axe-core to check each page and a
 * screenshot of each kept under {@code target/screenshots} as a test artefact.
 *
 * <p>Where Chromium is not installed the test is skipped (apt-get install chromium chromium-driver),
 * unless {@code CAREFEED_REQUIRE_BROWSER} is set, as CI sets it after installing them: there a missing
 * browser fails rather than passes unseen.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;

    private Browser(boolean javaScript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1024",
                "--lang=en-GB");
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** A browser with JavaScript on. */
    public static Browser open() {
        requireInstalled();
        return new Browser(true);
    }

    /** A browser with JavaScript switched off, as some users have it: every flow must still work. */
    public static Browser withoutJavaScript() {
        requireInstalled();
        return new Browser(false);
    }

    private static void requireInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            assertThat(System.getenv("CAREFEED_REQUIRE_BROWSER")).as("chromium and chromium-driver must be installed here")
                    .isNull();
            Assumptions.abort("Chromium is not installed (apt-get install chromium chromium-driver)");
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser visit(String url) {
        driver.get(url);
        return this;
    }

    /**
     * What axe-core finds wrong with the page as it is now, against WCAG 2.0, 2.1 and 2.2 A and AA: one
     * line per rule broken, with the elements at fault. Empty when the page passes.
     */
    public List<String> accessibilityViolations() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(driver);
        return results.getViolations().stream().map(Browser::describe).toList();
    }

    private static String describe(Rule violation) {
        return violation.getId() + " (" + violation.getImpact() + "): " + violation.getHelp() + " at "
                + violation.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
    }

    /** Keeps a picture of the page as it is now, as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("Could not keep the screenshot " + name, e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
