package org.carefeed.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.carefeed.localstack.RunningStack.field;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Runs the README's run command for real: the packaged local-stack jar, which starts Kafka, the
 * Mongo-wire server and both services as separate processes. Reviews submitted over HTTP to
 * feedback-service, one published at once and one after the demo moderator's decision, and the demo
 * trust staff's response, travel over Kafka and are read back over HTTP from choice-service with
 * their figures; one review is followed by its trace id from the request into choice-service's log, and
 * metrics answer on the management ports only; after a SIGTERM and a restart on the same data directory
 * they are still there, and the demo administrator's token from feedback-service opens choice-service's
 * imports admin.
 */
class LocalStackIT extends StackTest {

    @Test
    void feedbackFlowsFromPatientsThroughModerationToChoiceServiceAndSurvivesARestart() throws Exception {
        start(1);
        String feedback = stack.feedback();
        String choice = stack.choice();
        // ZZ101 is in the demo directory: imported by choice-service, it reaches feedback-service's own
        // copy over the providers topic; until then a review for it is refused with a 422.
        HttpResponse<String> accepted = await().atMost(Duration.ofSeconds(60)).until(
                () -> stack.post(feedback + "/api/reviews", review("ZZ101", "Kind staff", "Through Kafka and back."), null),
                response -> response.statusCode() != 422);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.body()).as("policy auto: a clean review is public at once")
                .contains("\"status\":\"published\"");
        String cleanId = field(accepted.body(), "id");

        HttpResponse<String> shouted = stack.post(feedback + "/api/reviews",
                review("ZZ102", "NEVER AGAIN", "THEY LEFT ME WAITING FOR SIX HOURS IN PAIN."), null);
        assertThat(shouted.body()).as("a flagged review waits").contains("\"status\":\"awaiting-moderation\"");
        String shoutedId = field(shouted.body(), "id");

        String demoPassword = stack.demoPassword();
        String moderator = stack.signIn("moderator@demo.carefeed", demoPassword);
        HttpResponse<String> decided = stack.post(feedback + "/api/moderation/reviews/" + shoutedId + "/decision",
                "{\"decision\": \"publish\", \"publicTitle\": \"Never again\"}", moderator);
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);

        String trustStaff = stack.signIn("staff.trust@demo.carefeed", demoPassword);
        HttpResponse<String> responded = stack.post(feedback + "/api/reviews/" + cleanId + "/response",
                "{\"text\": \"Thank you, we have passed this on to the ward.\"}", trustStaff);
        assertThat(responded.statusCode()).as(responded.body()).isEqualTo(200);

        // One submission followed across the Kafka hop: the trace it was submitted in is the trace of the
        // line in which choice-service's listener applied it to the read model.
        String traceId = UUID.randomUUID().toString().replace("-", "");
        HttpResponse<String> traced = stack.post(feedback + "/api/reviews", review("ZZ103", "Followed", "From request to read model."),
                null, Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
        assertThat(traced.statusCode()).as(traced.body()).isEqualTo(202);
        String tracedId = field(traced.body(), "id");
        await().atMost(Duration.ofSeconds(60)).until(() -> stack.log("choice-service").stream()
                .anyMatch(line -> line.contains("Applied review " + tracedId)));
        assertThat(stack.log("choice-service")).filteredOn(line -> line.contains("Applied review " + tracedId))
                .singleElement().asString().contains("[" + traceId + "-");

        // Metrics on each service's management port, on loopback; nothing of the actuator on the service ports.
        assertThat(stack.get(stack.feedbackManagement(0) + "/actuator/prometheus"))
                .contains("carefeed_submissions_total{application=\"feedback-service\",outcome=\"published\",type=\"review\"}");
        assertThat(stack.get(stack.choiceManagement(0) + "/actuator/prometheus"))
                .contains("kafka_consumer_fetch_manager_records_lag_max{application=\"choice-service\"");
        assertThat(stack.get(feedback + "/actuator/prometheus", null).statusCode()).isEqualTo(404);
        assertThat(stack.get(choice + "/actuator/prometheus", null).statusCode()).isEqualTo(404);

        String reviews = choice + "/api/providers/ZZ101/reviews";
        await().atMost(Duration.ofSeconds(60)).until(() -> stack.get(reviews).contains("passed this on to the ward"));
        assertThat(stack.get(reviews)).contains("Through Kafka and back.", "Demoshire Hospitals NHS Foundation Trust");
        await().atMost(Duration.ofSeconds(60)).until(() -> stack.get(choice + "/api/providers/ZZ102/reviews")
                .contains("Never again"));
        await().atMost(Duration.ofSeconds(60)).until(() -> stack.get(choice + "/api/providers/ZZ101")
                .contains("\"reviewCount\":1"));
        // The demo indicators are imported after the directory.
        await().atMost(Duration.ofSeconds(60)).until(() -> stack.get(choice + "/api/providers/ZZ101")
                .contains("Would recommend (Friends and Family Test)"));

        throughTheOneSite();

        stack.process().destroy();
        assertThat(stack.process().waitFor(90, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        assertThat(stack.output()).anyMatch(line -> line.contains("Carefeed stopped."));

        stack.start();
        assertThat(stack.get(reviews)).as("data kept across restarts").contains("Through Kafka and back.");
        assertThat(stack.get(feedback + "/readyz")).contains("\"status\":\"UP\"");
        assertThat(stack.get(stack.feedbackManagement(0) + "/actuator/health")).contains("\"mongo\":{\"status\":\"UP\"}");
        assertThat(stack.signIn("staff.surgery@demo.carefeed", demoPassword)).isNotBlank();
        assertThat(stack.output()).as("the demo password is printed, and kept across restarts")
                .anyMatch(line -> line.contains("password " + demoPassword))
                .anyMatch(line -> line.contains("moderator@demo.carefeed"))
                .anyMatch(line -> line.contains("imports admin") && line.contains("admin@demo.carefeed"))
                .noneMatch(line -> line.contains("HTTP Basic"));
        // One sign-in for every role: the demo administrator's token from feedback-service opens
        // choice-service's imports admin, once choice-service has heard of the account.
        String admin = stack.signIn("admin@demo.carefeed", demoPassword);
        await().atMost(Duration.ofSeconds(60)).until(() -> stack.get(choice + "/api/admin/imports/none", admin).statusCode(),
                status -> status == 404);
        assertThat(stack.get(choice + "/api/admin/imports/none", null).statusCode()).isEqualTo(401);

        List<ProcessHandle> services = stack.process().descendants().toList();
        assertThat(services).as("both services run as child processes").hasSize(2);
        stack.process().destroy();
        assertThat(stack.process().waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(services).as("stopping the stack stops its services").noneMatch(ProcessHandle::isAlive);
    }

    /**
     * The site's one address, as patients and staff use it: a review submitted to feedback-service's API there
     * is read back from choice-service's API, feed and download there, with links naming the site; staff and
     * the administrator reach each service's own branch of the shared paths.
     */
    private void throughTheOneSite() throws Exception {
        String site = stack.site();
        assertThat(stack.output()).anyMatch(line -> line.contains("site              " + site + "   (both services by path)"));
        HttpResponse<String> accepted = stack.post(site + "/api/reviews",
                review("ZZ103", "One address", "Found, reviewed and read back on one site."), null);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String privateLink = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(privateLink).as("the private link names the site").startsWith(site + "/api/review-links/");
        assertThat(stack.get(privateLink)).contains("\"status\":\"published\"");

        await().atMost(Duration.ofSeconds(60)).until(() -> stack.get(site + "/api/providers/ZZ103/reviews")
                .contains("Found, reviewed and read back on one site."));
        String feed = stack.get(site + "/feeds/providers/ZZ103/reviews.atom");
        assertThat(feed).as("the feed's absolute links name the site, not a service's port")
                .contains("One address", "href=\"" + site + "/feeds/providers/ZZ103/reviews.atom")
                .doesNotContain(stack.choice());
        assertThat(stack.get(site + "/api")).contains(site + "/api/providers").doesNotContain(stack.choice());

        HttpResponse<String> download = stack.get(site + "/downloads/reviews.csv", null);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(download.headers().allValues("Link")).anyMatch(link -> link.contains("rel=\"license\""));
        assertThat(download.headers().firstValue("Content-Length")).as("streamed through, not gathered first").isEmpty();
        assertThat(download.body()).contains("One address");

        // Both services answer under /api/providers/{code}/: staff's feedback is feedback-service's.
        HttpResponse<String> signedIn = stack.post(site + "/api/auth/token",
                "{\"email\": \"staff.trust@demo.carefeed\", \"password\": \"%s\"}".formatted(stack.demoPassword()), null);
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        HttpResponse<String> staffView = stack.get(site + "/api/providers/ZZ103/feedback", field(signedIn.body(), "accessToken"));
        assertThat(staffView.statusCode()).as(staffView.body()).isEqualTo(200);
        assertThat(staffView.body()).contains("One address");
        assertThat(stack.get(site + "/api/providers/ZZ103/feedback", null).statusCode()).isEqualTo(401);
        assertThat(stack.get(site + "/api/providers/ZZ103")).contains("\"code\":\"ZZ103\"");
    }

    private static String review(String providerCode, String title, String text) {
        return """
                {"providerCode": "%s", "rating": 4, "title": "%s", "text": "%s", "visitMonth": "%s",
                 "authorRole": "patient", "consentToPublish": true}
                """.formatted(providerCode, title, text, YearMonth.now(ZoneId.of("Europe/London")));
    }
}
