package org.carefeed.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.carefeed.localstack.RunningStack.field;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Erasure reaches every copy, checked as an auditor would on the local stack with its own settings:
 * reviews carrying a unique phrase are withdrawn, removed, rejected and erased on request (by their
 * author, and by an administrator), and a complaint's details are erased; then every document of every
 * database and every record of every topic, keys, values and headers as raw bytes, is searched for each
 * phrase until none is left. A review that stays public is found everywhere, so the search can find.
 */
class ErasureIT extends StackTest {

    /** The local stack's erasure lag is a minute, nudged every 30 s: "within two minutes", with room for a busy machine. */
    private static final Duration ERASURE_DEADLINE = Duration.ofMinutes(4);

    @Test
    void withdrawnRemovedRejectedAndErasedWordsLeaveEveryDatabaseAndEveryTopic() throws Exception {
        start(1);
        String password = stack.demoPassword();
        String moderator = stack.signIn("moderator@demo.carefeed", password);
        String admin = stack.signIn("admin@demo.carefeed", password);
        String trustStaff = stack.signIn("staff.trust@demo.carefeed", password);

        Review withdrawn = publish("withdrawn");
        Review removed = publish("removed");
        Review erasedByAuthor = publish("erased by its author");
        Review erasedByAdmin = publish("erased by an administrator");
        Review staying = publish("staying");
        String rejected = phrase().toUpperCase(Locale.ROOT);
        HttpResponse<String> shouted = submit("NEVER AGAIN " + rejected,
                "THEY LEFT ME WAITING FOR HOURS IN PAIN, " + rejected + ", AND NOBODY CAME.");
        assertThat(shouted.body()).contains("\"status\":\"awaiting-moderation\"");
        String complaintPhrase = phrase();
        HttpResponse<String> complaint = stack.post(stack.feedback() + "/api/complaints", """
                {"providerCode": "ZZ101", "category": "delays", "description": "Nobody told me about %s for weeks.",
                 "desiredOutcome": "An apology", "happeningNow": false, "contactName": "Alex %s",
                 "email": "alex@example.com", "preferredContact": "email", "consentToContact": true}
                """.formatted(complaintPhrase, complaintPhrase), null);
        assertThat(complaint.statusCode()).as(complaint.body()).isEqualTo(201);

        // Every public one has reached choice-service, and the provider answered one, before any goes.
        for (Review review : List.of(withdrawn, removed, erasedByAuthor, erasedByAdmin, staying)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> stack.get(stack.choice() + "/api/providers/ZZ101/reviews?limit=100")
                    .contains(review.phrase()));
        }
        assertThat(stack.post(stack.feedback() + "/api/reviews/" + erasedByAuthor.id() + "/response",
                "{\"text\": \"We are sorry about " + erasedByAuthor.phrase() + ".\"}", trustStaff).statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> stack.get(stack.choice() + "/api/providers/ZZ101/reviews?limit=100")
                .contains("We are sorry about " + erasedByAuthor.phrase()));

        ok(stack.post(stack.feedback() + withdrawn.link() + "/withdraw", "", null));
        ok(stack.post(stack.feedback() + "/api/reviews/" + removed.id() + "/reports",
                "{\"reason\": \"abusive\", \"detail\": \"It names " + removed.phrase() + "\"}", null), 202);
        ok(stack.post(stack.feedback() + "/api/moderation/reviews/" + removed.id() + "/decision",
                "{\"decision\": \"remove\", \"reason\": \"abusive\", \"note\": \"upheld\"}", moderator));
        ok(stack.post(stack.feedback() + "/api/moderation/reviews/" + field(shouted.body(), "id") + "/decision",
                "{\"decision\": \"reject\", \"reason\": \"abusive\", \"note\": \"shouting abuse\"}", moderator));
        ok(stack.post(stack.feedback() + erasedByAuthor.link() + "/erase", "", null));
        ok(stack.post(stack.feedback() + "/api/admin/reviews/" + erasedByAdmin.id() + "/erasure",
                "{\"reason\": \"Letter from the author, ref L-1\"}", admin));
        ok(stack.post(stack.feedback() + "/api/admin/complaints/" + field(complaint.body(), "reference") + "/erasure",
                "{\"reason\": \"Phone call from the complainant, ref P-7\"}", admin));

        List<String> erased = List.of(withdrawn.phrase(), removed.phrase(), rejected, erasedByAuthor.phrase(),
                erasedByAdmin.phrase(), complaintPhrase);
        await().atMost(ERASURE_DEADLINE).pollInterval(Duration.ofSeconds(5)).untilAsserted(() -> {
            Map<String, Set<String>> found = whereFound(erased);
            assertThat(found).as("where erased words are still found").isEmpty();
        });
        Map<String, Set<String>> stayingFound = whereFound(List.of(staying.phrase()));
        assertThat(stayingFound.get(staying.phrase())).as("a public review is found in both databases and on the topic")
                .contains("carefeed-feedback.reviews", "carefeed-choice.reviews", "topic carefeed.reviews.v2");
        assertThat(stack.get(stack.choice() + "/api/providers/ZZ101")).contains("\"withdrawn\":1", "\"erased\":2");
    }

    private record Review(String id, String link, String phrase) {
    }

    private Review publish(String what) throws Exception {
        String phrase = phrase();
        HttpResponse<String> accepted = await().atMost(Duration.ofSeconds(60)).until(
                () -> submit("Visit " + phrase, "A review that will be " + what + ": " + phrase + "."),
                response -> response.statusCode() != 422);
        assertThat(accepted.body()).as("policy auto: a clean review is public at once").contains("\"status\":\"published\"");
        return new Review(field(accepted.body(), "id"), URI.create(field(accepted.body(), "privateLink")).getPath(),
                phrase);
    }

    private HttpResponse<String> submit(String title, String text) throws Exception {
        return stack.post(stack.feedback() + "/api/reviews", """
                {"providerCode": "ZZ101", "rating": 2, "title": "%s", "text": "%s", "visitMonth": "%s",
                 "authorRole": "patient", "displayName": "Sam", "consentToPublish": true}
                """.formatted(title, text, YearMonth.now(ZoneId.of("Europe/London"))), null);
    }

    /** Lower case, so that a clean review is not flagged as shouting. */
    private static String phrase() {
        return "quokka" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void ok(HttpResponse<String> response) {
        ok(response, 200);
    }

    private static void ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    }

    /** For each phrase found anywhere: in which database collections and topics. */
    private Map<String, Set<String>> whereFound(List<String> phrases) {
        Map<String, Set<String>> found = new HashMap<>();
        try (MongoClient mongo = MongoClients.create(stack.mongoUri())) {
            for (String databaseName : mongo.listDatabaseNames()) {
                MongoDatabase database = mongo.getDatabase(databaseName);
                for (String collection : database.listCollectionNames()) {
                    for (Document document : database.getCollection(collection).find()) {
                        String json = document.toJson();
                        phrases.stream().filter(json::contains).forEach(phrase ->
                                found.computeIfAbsent(phrase, p -> new TreeSet<>()).add(databaseName + "." + collection));
                    }
                }
            }
        }
        for (ConsumerRecord<byte[], byte[]> record : everyRecord()) {
            String raw = text(record.key()) + text(record.value()) + headersOf(record);
            phrases.stream().filter(raw::contains).forEach(phrase ->
                    found.computeIfAbsent(phrase, p -> new TreeSet<>()).add("topic " + record.topic()));
        }
        return found;
    }

    /** Every record on every topic, internal ones included, from the first offset still kept to the last. */
    private List<ConsumerRecord<byte[], byte[]>> everyRecord() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()))) {
            return stack.records(admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get());
        } catch (Exception e) {
            throw new IllegalStateException("Could not list the topics", e);
        }
    }

    private static String headersOf(ConsumerRecord<byte[], byte[]> record) {
        StringBuilder headers = new StringBuilder();
        for (Header header : record.headers()) {
            headers.append(header.key()).append(text(header.value()));
        }
        return headers.toString();
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
