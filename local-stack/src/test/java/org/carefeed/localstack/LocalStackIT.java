package org.carefeed.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's run command for real: the packaged local-stack jar, which starts Kafka, the
 * Mongo-wire server and both services as separate processes. A review submitted over HTTP to
 * feedback-service travels over Kafka and is read back over HTTP from choice-service; after a
 * SIGTERM and a restart on the same data directory it is still there.
 */
class LocalStackIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    @TempDir
    Path dataDir;

    /** The stack's console goes to a file: reading a pipe races with the process exiting and loses the last lines. */
    @TempDir
    Path consoleDir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final int feedbackPort = freePort();
    private final int choicePort = freePort();
    private final List<Integer> infraPorts = List.of(freePort(), freePort(), freePort());
    private Process stack;
    private Path console;

    /** Stops the stack as a user would, so that it stops its services; forcing it would orphan them. */
    @AfterEach
    void stopStack() throws InterruptedException {
        if (stack == null || !stack.isAlive()) {
            return;
        }
        List<ProcessHandle> services = stack.descendants().toList();
        stack.destroy();
        if (!stack.waitFor(90, TimeUnit.SECONDS)) {
            services.forEach(ProcessHandle::destroyForcibly);
            stack.destroyForcibly().waitFor();
        }
    }

    @Test
    void reviewSubmittedToFeedbackServiceIsReadBackFromChoiceServiceAndSurvivesARestart() throws Exception {
        start();
        // ZZ101 is in the demo directory: imported by choice-service, it reaches feedback-service's own
        // copy over the providers topic; until then a review for it is refused with a 422.
        String json = """
                {"providerCode": "ZZ101", "rating": 5, "title": "End to end", "text": "Through Kafka and back."}
                """;
        HttpResponse<String> accepted = await().atMost(Duration.ofSeconds(60)).until(
                () -> post("http://localhost:" + feedbackPort + "/api/reviews", json),
                response -> response.statusCode() != 422);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.body()).contains("\"status\":\"published\"");

        // The demo indicators are imported after the directory.
        await().atMost(Duration.ofSeconds(60)).until(() -> get("http://localhost:" + choicePort + "/api/providers/ZZ101")
                .contains("Would recommend (Friends and Family Test)"));

        String reviews = "http://localhost:" + choicePort + "/api/providers/ZZ101/reviews";
        await().atMost(Duration.ofSeconds(60)).until(() -> get(reviews).contains("Through Kafka and back."));

        stack.destroy();
        assertThat(stack.waitFor(90, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        assertThat(output()).anyMatch(line -> line.contains("Carefeed stopped."));

        start();
        assertThat(get(reviews)).as("data kept across restarts").contains("Through Kafka and back.");
        assertThat(get("http://localhost:" + feedbackPort + "/actuator/health")).contains("\"status\":\"UP\"");
        String adminPassword = Files.readString(dataDir.resolve("admin-password")).strip();
        assertThat(output()).as("the admin password is printed, and kept across restarts")
                .anyMatch(line -> line.contains("password " + adminPassword));

        List<ProcessHandle> services = stack.descendants().toList();
        assertThat(services).as("both services run as child processes").hasSize(2);
        stack.destroy();
        assertThat(stack.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(services).as("stopping the stack stops its services").noneMatch(ProcessHandle::isAlive);
    }

    private void start() throws IOException {
        console = Files.createTempFile(consoleDir, "local-stack", ".log");
        stack = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("carefeed.local-stack.jar"),
                "--data-dir=" + dataDir,
                "--kafka-port=" + infraPorts.get(0),
                "--kafka-controller-port=" + infraPorts.get(1),
                "--mongo-port=" + infraPorts.get(2),
                "--feedback-port=" + feedbackPort,
                "--choice-port=" + choicePort)
                .redirectErrorStream(true)
                .redirectOutput(console.toFile())
                .start();
        Process started = stack;
        await().atMost(START_TIMEOUT).until(() -> {
            assertThat(started.isAlive()).as("local stack exited early: %s", output()).isTrue();
            return output().stream().anyMatch(line -> line.contains("Carefeed is running."));
        });
    }

    private List<String> output() {
        try {
            return Files.readAllLines(console);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpResponse<String> post(String url, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
