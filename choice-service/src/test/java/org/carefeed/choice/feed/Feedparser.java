package org.carefeed.choice.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's python3-feedparser reading a feed, through {@code src/test/python/read_feed.py}. Where it is
 * not installed the test is skipped, unless {@code CAREFEED_REQUIRE_FEEDPARSER} is set, as CI sets it
 * (after installing it), so there a missing parser fails rather than passes unseen.
 */
final class Feedparser {

    private static final Path SCRIPT = Path.of("src/test/python/read_feed.py");
    private static final String PYTHON = "/usr/bin/python3";

    private Feedparser() {
    }

    /** The feed at {@code url} as feedparser reads it; fails if feedparser finds fault with it. */
    static JsonNode read(String url) throws IOException, InterruptedException {
        boolean installed = Files.isExecutable(Path.of(PYTHON))
                && run(PYTHON, "-c", "import feedparser").exit() == 0;
        if (!installed) {
            assertThat(System.getenv("CAREFEED_REQUIRE_FEEDPARSER")).as("python3-feedparser must be installed here")
                    .isNull();
            Assumptions.abort("python3-feedparser is not installed (apt-get install python3-feedparser)");
        }
        Ran reading = run(PYTHON, SCRIPT.toString(), url);
        assertThat(reading.exit()).as("feedparser on %s: %s", url, reading.errors()).isZero();
        return JsonMapper.builder().build().readTree(reading.output());
    }

    private record Ran(int exit, String output, String errors) {
    }

    /** Output is read before the wait, so a long one never fills the pipe and stalls the script. */
    private static Ran run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within 60 s");
        }
        return new Ran(process.exitValue(), output, errors);
    }
}
