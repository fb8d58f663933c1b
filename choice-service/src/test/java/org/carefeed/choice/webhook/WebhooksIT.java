package org.carefeed.choice.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.carefeed.testsupport.ProblemAssertions.assertFieldsAtFault;
import static org.carefeed.testsupport.ProblemAssertions.assertProblem;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.carefeed.choice.admin.TestAdministrator;
import org.carefeed.choice.imports.AdminImports;
import org.carefeed.choice.imports.NhsChoicesFixture;
import org.carefeed.choice.review.ReviewEvents;
import org.carefeed.events.ReviewPublished;
import org.carefeed.events.ReviewTakenDown;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks end to end: events put on the real topics, matched, queued in MongoDB and POSTed to
 * receivers on loopback (allowed by the tests' {@code allow-private-targets}); retries and pausing
 * shortened by the tests' configuration.
 */
class WebhooksIT extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    MongoTemplate mongo;

    private final List<Receiver> receivers = new ArrayList<>();

    @AfterEach
    void stopReceivers() {
        receivers.forEach(Receiver::close);
    }

    private Receiver receiver() {
        Receiver receiver = new Receiver();
        receivers.add(receiver);
        return receiver;
    }

    /** A provider code no other test uses, so only this test's subscriptions match its events. */
    private static String providerCode() {
        return "WH" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
    }

    /** A registered subscription, with the credentials shown once. */
    private record Registered(String id, String secret, String managementToken) {
    }

    private Registered register(String url, String filters) {
        HttpApi.Response response = api().postJson("/api/webhooks", "{\"url\":\"" + url + "\"" + filters + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode body = response.json();
        assertThat(body.get("status").asString()).isEqualTo("pending");
        assertThat(response.location()).isEqualTo("/api/webhooks/" + body.get("id").asString());
        return new Registered(body.get("id").asString(), body.get("secret").asString(),
                body.get("managementToken").asString());
    }

    private Registered approved(String url, String filters) {
        Registered registered = register(url, filters);
        admin("approve", registered.id());
        return registered;
    }

    /** The administrator acts; waits, the first time, until the service knows the administrator. */
    private JsonNode admin(String action, String id) {
        HttpApi admin = api().bearer(TestAdministrator.token());
        HttpApi.Response[] response = new HttpApi.Response[1];
        await().atMost(WAIT).until(() -> {
            response[0] = admin.postJson("/api/admin/webhooks/" + id + "/" + action, "");
            return response[0].status() != 401;
        });
        assertThat(response[0].status()).as(response[0].body()).isEqualTo(200);
        return response[0].json();
    }

    private HttpApi managing(Registered registered) {
        return api().bearer(registered.managementToken());
    }

    private JsonNode status(Registered registered) {
        HttpApi.Response response = managing(registered).get("/api/webhooks/" + registered.id());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode log(Registered registered) {
        HttpApi.Response response = managing(registered).get("/api/webhooks/" + registered.id() + "/deliveries");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("attempts");
    }

    private ReviewEvents events() {
        return new ReviewEvents(kafka);
    }

    /** The documented recipe (README, Webhooks), as a receiver would write it. */
    private static boolean verifies(String secret, Receiver.Received request) throws Exception {
        String timestamp = request.header("Carefeed-Timestamp");
        if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "v1=" + HexFormat.of().formatHex(
                mac.doFinal((timestamp + "." + request.body()).getBytes(StandardCharsets.UTF_8)));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                request.header("Carefeed-Signature").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void deliversAPublishedReviewSignedToMatchingApprovedSubscriptionsOnly() throws Exception {
        String provider = providerCode();
        Receiver matching = receiver();
        Receiver otherProvider = receiver();
        Receiver unapproved = receiver();
        Receiver otherKind = receiver();
        Registered subscriber = approved(matching.url(),
                ",\"providerCodes\":[\"" + provider + "\"],\"eventKinds\":[\"review.published\"]");
        Registered elsewhere = approved(otherProvider.url(), ",\"providerCodes\":[\"" + providerCode() + "\"]");
        Registered waiting = register(unapproved.url(), ",\"providerCodes\":[\"" + provider + "\"]");
        Registered removalsOnly = approved(otherKind.url(),
                ",\"providerCodes\":[\"" + provider + "\"],\"eventKinds\":[\"review.removed\"]");

        ReviewPublished review = ReviewEvents.published(provider, 4, "Kind staff", Instant.now());
        events().send(review);

        await().atMost(WAIT).until(() -> matching.received().size() == 1);
        Receiver.Received request = matching.received().get(0);
        assertThat(request.header("Carefeed-Event-Id")).isEqualTo(review.eventId().toString());
        assertThat(request.header("Carefeed-Event-Kind")).isEqualTo("review.published");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(request.header("Carefeed-Signature")).startsWith("v1=");
        assertThat(verifies(subscriber.secret(), request)).isTrue();
        assertThat(verifies(waiting.secret(), request)).as("another subscription's secret").isFalse();
        assertThat(mongo.findById(subscriber.id(), Subscription.class).secret()).as("stored sealed")
                .startsWith("aesgcm:").doesNotContain(subscriber.secret());
        JsonNode body = HttpApiJson.parse(request.body());
        assertThat(body.get("id").asString()).isEqualTo(review.eventId().toString());
        assertThat(body.get("kind").asString()).isEqualTo("review.published");
        assertThat(body.get("subscriptionId").asString()).isEqualTo(subscriber.id());
        assertThat(body.at("/data/reviewId").asString()).isEqualTo(review.reviewId().toString());
        assertThat(body.at("/data/title").asString()).isEqualTo("Kind staff");

        // Every subscription was matched when the record was read, before the one delivery was made:
        // had any other matched, its delivery would be queued or sent by now.
        for (Registered other : List.of(elsewhere, waiting, removalsOnly)) {
            assertThat(mongo.count(query(where("subscriptionId").is(other.id())), Delivery.class)).isZero();
        }
        assertThat(otherProvider.received()).isEmpty();
        assertThat(unapproved.received()).isEmpty();
        assertThat(otherKind.received()).isEmpty();

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode attempts = log(subscriber);
            assertThat(attempts).hasSize(1);
            assertThat(attempts.get(0).get("outcome").asString()).isEqualTo("delivered");
            assertThat(attempts.get(0).get("statusCode").asInt()).isEqualTo(200);
            assertThat(attempts.get(0).get("eventId").asString()).isEqualTo(review.eventId().toString());
        });

        // Its removal goes to the subscription that asked for removals, without a word of the review.
        ReviewTakenDown removed = ReviewEvents.removed(review, 2, Instant.now());
        events().send(removed);
        await().atMost(WAIT).until(() -> otherKind.received().size() == 1);
        JsonNode removal = HttpApiJson.parse(otherKind.received().get(0).body());
        assertThat(removal.get("kind").asString()).isEqualTo("review.removed");
        assertThat(removal.get("id").asString()).isEqualTo(removed.eventId().toString());
        assertThat(removal.at("/data/reason").asString()).isEqualTo("removed");
        assertThat(otherKind.received().get(0).body()).doesNotContain("Kind staff");
        assertThat(verifies(removalsOnly.secret(), otherKind.received().get(0))).isTrue();
    }

    @Test
    void matchesEventsByOrganisationAndByTypeOfProviderAsTheDirectoryHasThem() throws Exception {
        Receiver organisation = receiver();
        Receiver type = receiver();
        Receiver both = receiver();
        Registered byOrganisation = approved(organisation.url(),
                ",\"organisationCodes\":[\"WHO1\"],\"eventKinds\":[\"review.published\"]");
        approved(type.url(), ",\"providerTypes\":[\"webhook-clinic\"],\"eventKinds\":[\"provider.upserted\"]");
        approved(both.url(), ",\"providerCodes\":[\"WHS1\",\"WHS2\"],\"eventKinds\":[\"review.published\"]");

        NhsChoicesFixture file = NhsChoicesFixture.withHeader(NhsChoicesFixture.HOSPITAL_HEADER);
        file.hospital("WHS1", "Webhook Clinic", "Provider WHS1", "TP1 1AA", "53.70", "-1.40", "WHO1", "", "");
        file.hospital("WHS2", "Webhook Clinic", "Provider WHS2", "TP1 1AA", "53.70", "-1.40", "", "", "");
        assertThat(new AdminImports(api()).importAndWait("webhook-clinic.csv", file.windows1252(),
                Map.of("closeMissing", "false")).get("status").asString()).isEqualTo("succeeded");

        await().atMost(WAIT).until(() -> type.received().size() == 2);
        assertThat(type.received()).extracting(request -> HttpApiJson.parse(request.body()).get("providerId").asString())
                .containsExactlyInAnyOrder("WHS1", "WHS2");
        assertThat(type.received()).allSatisfy(request ->
                assertThat(request.header("Carefeed-Event-Kind")).isEqualTo("provider.upserted"));

        ReviewPublished atSite = ReviewEvents.published("WHS1", 5, "At the site", Instant.now());
        ReviewPublished elsewhere = ReviewEvents.published("WHS2", 5, "Not a site of it", Instant.now());
        events().send(atSite, elsewhere);

        // Once both reviews reached the subscription that wants both, both records were matched.
        await().atMost(WAIT).until(() -> both.received().size() == 2);
        await().atMost(WAIT).until(() -> organisation.received().size() == 1);
        assertThat(organisation.received().get(0).header("Carefeed-Event-Id")).isEqualTo(atSite.eventId().toString());
        assertThat(mongo.count(query(where("subscriptionId").is(byOrganisation.id())), Delivery.class)).isEqualTo(1);
    }

    @Test
    void retriesAFailingReceiverWithTheSameEventUntilItSucceeds() throws Exception {
        String provider = providerCode();
        double retriedBefore = scrape().sumOrZero("carefeed_webhooks_attempts_total", Map.of("outcome", "retrying"));
        AtomicInteger calls = new AtomicInteger();
        Receiver flaky = receiver().answering(() -> calls.incrementAndGet() <= 2 ? 500 : 204);
        Registered subscriber = approved(flaky.url(), ",\"providerCodes\":[\"" + provider + "\"]");

        ReviewPublished review = ReviewEvents.published(provider, 2, "Long wait", Instant.now());
        events().send(review);

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode attempts = log(subscriber);
            assertThat(attempts).hasSize(3);
            assertThat(attempts.get(0).get("outcome").asString()).isEqualTo("delivered");
        });
        JsonNode attempts = log(subscriber);
        assertThat(attempts.get(0).get("statusCode").asInt()).isEqualTo(204);
        assertThat(attempts.get(0).get("attempt").asInt()).isEqualTo(3);
        for (int i = 1; i <= 2; i++) {
            assertThat(attempts.get(i).get("outcome").asString()).isEqualTo("retrying");
            assertThat(attempts.get(i).get("statusCode").asInt()).isEqualTo(500);
            assertThat(attempts.get(i).get("nextAttemptAt").isNull()).isFalse();
        }
        assertThat(flaky.received()).hasSize(3).allSatisfy(request -> {
            assertThat(request.header("Carefeed-Event-Id")).isEqualTo(review.eventId().toString());
            assertThat(verifies(subscriber.secret(), request)).isTrue();
        });
        assertThat(flaky.received().stream().map(Receiver.Received::body).distinct()).hasSize(1);
        JsonNode status = status(subscriber);
        assertThat(status.get("status").asString()).isEqualTo("active");
        assertThat(status.get("consecutiveFailures").asInt()).isZero();
        assertThat(scrape().sumOrZero("carefeed_webhooks_attempts_total", Map.of("outcome", "retrying")))
                .isGreaterThanOrEqualTo(retriedBefore + 2);
        assertThat(scrape().names()).contains("carefeed_webhooks_pending", "carefeed_webhooks_overdue_seconds",
                "carefeed_webhooks_paused");
    }

    @Test
    void pausesASubscriptionWhoseReceiverKeepsFailingAndDeliversWhatWasHeldOnceResumed() throws Exception {
        String provider = providerCode();
        AtomicInteger answer = new AtomicInteger(503);
        Receiver down = receiver().answering(answer::get);
        Registered subscriber = approved(down.url(), ",\"providerCodes\":[\"" + provider + "\"]");

        ReviewPublished review = ReviewEvents.published(provider, 1, "Never answered", Instant.now());
        events().send(review);

        await().atMost(WAIT).until(() -> status(subscriber).get("status").asString().equals("paused"));
        JsonNode paused = status(subscriber);
        assertThat(paused.get("statusReason").asString()).contains("failed attempts in a row");
        assertThat(paused.get("consecutiveFailures").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(paused.at("/deliveries/held").asInt()).isEqualTo(1);
        assertThat(log(subscriber)).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(attempt -> assertThat(attempt.get("statusCode").asInt()).isEqualTo(503));
        int triedWhilePaused = down.received().size();

        answer.set(200);
        JsonNode resumed = admin("resume", subscriber.id());
        assertThat(resumed.get("status").asString()).isEqualTo("active");
        await().atMost(WAIT).until(() -> log(subscriber).get(0).get("outcome").asString().equals("delivered"));
        assertThat(down.received()).hasSize(triedWhilePaused + 1);
        assertThat(status(subscriber).at("/deliveries/held").asInt()).isZero();
    }

    @Test
    void deliversARecordSentTwiceOnce() throws Exception {
        String provider = providerCode();
        Receiver receiver = receiver();
        Registered subscriber = approved(receiver.url(), ",\"providerCodes\":[\"" + provider + "\"]");

        Instant at = Instant.now();
        ReviewPublished review = ReviewEvents.published(provider, 5, "Sent twice", at);
        events().send(review, review);
        // The same review's next state: the same key, so read after both copies.
        ReviewPublished answered = ReviewEvents.response(review, 2, "Thank you", at.plusSeconds(60),
                at.plusSeconds(60));
        events().send(answered);

        await().atMost(WAIT).until(() -> receiver.received().stream()
                .anyMatch(request -> request.header("Carefeed-Event-Id").equals(answered.eventId().toString())));
        assertThat(mongo.count(query(where("subscriptionId").is(subscriber.id())), Delivery.class)).isEqualTo(2);
        await().atMost(WAIT).until(() -> log(subscriber).size() == 2);
        assertThat(receiver.received()).extracting(request -> request.header("Carefeed-Event-Id"))
                .containsExactlyInAnyOrder(review.eventId().toString(), answered.eventId().toString());
        assertThat(receiver.received()).extracting(request -> request.header("Carefeed-Event-Kind"))
                .containsExactlyInAnyOrder("review.published", "review.updated");
    }

    @Test
    void aSlowReceiverDoesNotHoldUpAnotherSubscriptionsDelivery() throws Exception {
        String slowProvider = providerCode();
        String fastProvider = providerCode();
        CountDownLatch slowEntered = new CountDownLatch(1);
        CountDownLatch letSlowAnswer = new CountDownLatch(1);
        Receiver slow = receiver().before(() -> {
            slowEntered.countDown();
            try {
                letSlowAnswer.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Receiver fast = receiver();
        Registered slowSubscriber = approved(slow.url(), ",\"providerCodes\":[\"" + slowProvider + "\"]");
        approved(fast.url(), ",\"providerCodes\":[\"" + fastProvider + "\"]");

        events().send(ReviewEvents.published(slowProvider, 3, "For the slow one", Instant.now()));
        assertThat(slowEntered.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the slow receiver got its request").isTrue();

        events().send(ReviewEvents.published(fastProvider, 3, "For the fast one", Instant.now()));
        try {
            await().atMost(WAIT).until(() -> fast.received().size() == 1);
            // The slow receiver has not answered, and its attempt is still under way.
            assertThat(slow.received()).isEmpty();
            assertThat(log(slowSubscriber)).isEmpty();
        } finally {
            letSlowAnswer.countDown();
        }
        await().atMost(WAIT).until(() -> log(slowSubscriber).size() == 1);
        assertThat(log(slowSubscriber).get(0).get("outcome").asString()).isEqualTo("delivered");
    }

    @Test
    void refusesCallbacksToLinkLocalAddressesAndNamesTheFieldsAtFault() {
        assertFieldsAtFault(api().postJson("/api/webhooks",
                "{\"url\":\"http://169.254.169.254/latest/meta-data/\"}"), 400, "url");
        assertFieldsAtFault(api().postJson("/api/webhooks", "{\"url\":\"http://[fe80::1]/hook\"}"), 400, "url");
        assertFieldsAtFault(api().postJson("/api/webhooks", "{\"url\":\"ftp://127.0.0.1/hook\"}"), 400, "url");
        assertFieldsAtFault(api().postJson("/api/webhooks", "{\"providerCodes\":[\"RX1\"]}"), 400, "url");
        assertFieldsAtFault(api().postJson("/api/webhooks", "{\"url\":\"http://127.0.0.1/hook\","
                + "\"eventKinds\":[\"review.deleted\"],\"providerCodes\":[\"not a code\"]}"), 400,
                "eventKinds[0]", "providerCodes[0]");
        assertFieldsAtFault(api().postJson("/api/webhooks", "{\"url\":\"http://127.0.0.1/hook\","
                + "\"description\":\"bell\\u0007\",\"providerTypes\":[\"Not_A_Type\"]}"), 400, "description",
                "providerTypes[0]");
        assertProblem(api().postJson("/api/webhooks", "{\"url\":"), 400);
    }

    @Test
    void onlyTheManagementTokenReadsOrDeletesASubscription() {
        Registered registered = register(receiver().url(), "");
        String path = "/api/webhooks/" + registered.id();
        HttpApi.Response anonymous = api().get(path);
        assertProblem(anonymous, 401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
        assertProblem(api().bearer("whm_guessed").get(path), 404);
        assertProblem(api().bearer(registered.secret()).get(path + "/deliveries"), 404);
        assertProblem(api().bearer(registered.managementToken()).get("/api/webhooks/" + UUID.randomUUID()), 404);
        assertThat(status(registered).has("secret")).isFalse();
        assertThat(status(registered).has("managementTokenHash")).isFalse();

        HttpApi admin = api().bearer(TestAdministrator.token());
        await().atMost(WAIT).until(() -> admin.get("/api/admin/webhooks").status() != 401);
        JsonNode pending = admin.get("/api/admin/webhooks?status=pending&limit=500").json();
        assertThat(pending.findValuesAsString("id")).contains(registered.id());
        assertThat(pending.toString()).doesNotContain(registered.secret(), registered.managementToken());
        assertThat(admin.get("/api/admin/webhooks/" + registered.id()).json().get("status").asString())
                .isEqualTo("pending");
        assertFieldsAtFault(admin.get("/api/admin/webhooks?status=deleted"), 400, "status");
        assertProblem(admin.postJson("/api/admin/webhooks/" + registered.id() + "/resume", ""), 409);
        assertProblem(admin.postJson("/api/admin/webhooks/" + registered.id() + "/pause", ""), 409);
        assertThat(admin.postJson("/api/admin/webhooks/" + registered.id() + "/reject", "").json()
                .get("status").asString()).isEqualTo("rejected");
        assertProblem(admin.postJson("/api/admin/webhooks/" + registered.id() + "/approve", ""), 409);
        assertProblem(api().postJson("/api/admin/webhooks/" + registered.id() + "/approve", ""), 401);

        assertThat(managing(registered).send("DELETE", path).status()).isEqualTo(204);
        assertProblem(managing(registered).get(path), 404);
    }
}
