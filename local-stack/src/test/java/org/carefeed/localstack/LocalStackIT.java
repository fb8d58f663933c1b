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
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's run command for real: the packaged local-stack jar, which starts Kafka, the
 * Mongo-wire server and both services as separate processes. Reviews submitted over HTTP to
 * feedback-service, one published at once and one after the demo moderator's decision, and the demo
 * trust staff's response, travel over Kafka and are read back over HTTP from choice-service with
 * their figures; after a SIGTERM and a restart on the same data directory they are still there, and the
 * demo administrator's token from feedback-service opens choice-service's imports admin.
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
    void feedbackFlowsFromPatientsThroughModerationToChoiceServiceAndSurvivesARestart() throws Exception {
        start();
        String feedback = "http://localhost:" + feedbackPort;
        String choice = "http://localhost:" + choicePort;
        // ZZ101 is in the demo directory: imported by choice-service, it reaches feedback-service's own
        // copy over the providers topic; until then a review for it is refused with a 422.
        HttpResponse<String> accepted = await().atMost(Duration.ofSeconds(60)).until(
                () -> post(feedback + "/api/reviews", review("ZZ101", "Kind staff", "Through Kafka and back."), null),
                response -> response.statusCode() != 422);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.body()).as("policy auto: a clean review is public at once")
                .contains("\"status\":\"published\"");
        String cleanId = field(accepted.body(), "id");

        HttpResponse<String> shouted = post(feedback + "/api/reviews",
                review("ZZ102", "NEVER AGAIN", "THEY LEFT ME WAITING FOR SIX HOURS IN PAIN."), null);
        assertThat(shouted.body()).as("a flagged review waits").contains("\"status\":\"awaiting-moderation\"");
        String shoutedId = field(shouted.body(), "id");

        String demoPassword = Files.readString(dataDir.resolve("demo-password")).strip();
        String moderator = signIn(feedback, "moderator@demo.carefeed", demoPassword);
        HttpResponse<String> decided = post(feedback + "/api/moderation/reviews/" + shoutedId + "/decision",
                "{\"decision\": \"publish\", \"publicTitle\": \"Never again\"}", moderator);
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);

        String trustStaff = signIn(feedback, "staff.trust@demo.carefeed", demoPassword);
        HttpResponse<String> responded = post(feedback + "/api/reviews/" + cleanId + "/response",
                "{\"text\": \"Thank you, we have passed this on to the ward.\"}", trustStaff);
        assertThat(responded.statusCode()).as(responded.body()).isEqualTo(200);

        String reviews = choice + "/api/providers/ZZ101/reviews";
        await().atMost(Duration.ofSeconds(60)).until(() -> get(reviews).contains("passed this on to the ward"));
        assertThat(get(reviews)).contains("Through Kafka and back.", "Demoshire Hospitals NHS Foundation Trust");
        await().atMost(Duration.ofSeconds(60)).until(() -> get(choice + "/api/providers/ZZ102/reviews")
                .contains("Never again"));
        await().atMost(Duration.ofSeconds(60)).until(() -> get(choice + "/api/providers/ZZ101")
                .contains("\"reviewCount\":1"));
        // The demo indicators are imported after the directory.
        await().atMost(Duration.ofSeconds(60)).until(() -> get(choice + "/api/providers/ZZ101")
                .contains("Would recommend (Friends and Family Test)"));

        stack.destroy();
        assertThat(stack.waitFor(90, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        assertThat(output()).anyMatch(line -> line.contains("Carefeed stopped."));

        start();
        assertThat(get(reviews)).as("data kept across restarts").contains("Through Kafka and back.");
        assertThat(get(feedback + "/actuator/health")).contains("\"status\":\"UP\"");
        assertThat(signIn(feedback, "staff.surgery@demo.carefeed", demoPassword)).isNotBlank();
        assertThat(output()).as("the demo password is printed, and kept across restarts")
                .anyMatch(line -> line.contains("password " + demoPassword))
                .anyMatch(line -> line.contains("moderator@demo.carefeed"))
                .anyMatch(line -> line.contains("imports admin") && line.contains("admin@demo.carefeed"))
                .noneMatch(line -> line.contains("HTTP Basic"));
        // One sign-in for every role: the demo administrator's token from feedback-service opens
        // choice-service's imports admin, once choice-service has heard of the account.
        String admin = signIn(feedback, "admin@demo.carefeed", demoPassword);
        await().atMost(Duration.ofSeconds(60)).until(() -> get(choice + "/api/admin/imports/none", admin).statusCode(),
                status -> status == 404);
        assertThat(get(choice + "/api/admin/imports/none", null).statusCode()).isEqualTo(401);

        List<ProcessHandle> services = stack.descendants().toList();
        assertThat(services).as("both services run as child processes").hasSize(2);
        stack.destroy();
        assertThat(stack.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(services).as("stopping the stack stops its services").noneMatch(ProcessHandle::isAlive);
    }

    private static String review(String providerCode, String title, String text) {
        return """
                {"providerCode": "%s", "rating": 4, "title": "%s", "text": "%s", "visitMonth": "%s",
                 "authorRole": "patient", "consentToPublish": true}
                """.formatted(providerCode, title, text, YearMonth.now(ZoneId.of("Europe/London")));
    }

    private String signIn(String feedback, String email, String password) throws Exception {
        HttpResponse<String> response = post(feedback + "/api/auth/token",
                "{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, password), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return field(response.body(), "accessToken");
    }

    /** A top-level string field of a JSON object; enough for the ids and tokens this test reads. */
    private static String field(String json, String name) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(matcher.find()).as("%s in %s", name, json).isTrue();
        return matcher.group(1);
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
        return get(url, null).body();
    }

    private HttpResponse<String> get(String url, String bearerToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String json, String bearerToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
