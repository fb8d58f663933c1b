package org.carefeed.feedback.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.carefeed.events.CloudEventHeaders;
import org.carefeed.events.EventType;
import org.carefeed.events.Topics;
import org.carefeed.feedback.FeedbackFixture;
import org.carefeed.platform.kafka.CloudEventRecords;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.carefeed.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every change to what an account may do is announced on the accounts topic, keyed by the account,
 * with its whole access and nothing about who the person is: choice-service decides from these whose
 * tokens to accept.
 */
class AccountAnnouncementsIT extends IntegrationTest {

    @Autowired
    KafkaConnectionDetails kafka;

    @Autowired
    MongoTemplate mongo;

    @Test
    void creatingDisablingEnablingAndChangingPasswordsAndRolesAreAnnouncedInOrder() {
        FeedbackFixture fixture = new FeedbackFixture(api());
        HttpApi admin = fixture.asAdmin();
        String email = fixture.createAccount("MODERATOR");
        String id = idOf(admin, email);

        try (TopicReader reader = new TopicReader(String.join(",", kafka.getBootstrapServers()), Topics.ACCOUNTS)) {
            JsonNode created = announcement(reader, id, 1);
            assertThat(created.get("roles").toString()).isEqualTo("[\"MODERATOR\"]");
            assertThat(created.get("enabled").asBoolean()).isTrue();
            assertThat(created.get("passwordStamp").asLong()).isZero();
            assertThat(created.toString()).doesNotContain(email, "Test MODERATOR", "bcrypt", "passwordHash");

            admin.post("/api/admin/accounts/" + id + "/disable", "application/json", "");
            assertThat(announcement(reader, id, 2).get("enabled").asBoolean()).isFalse();

            admin.post("/api/admin/accounts/" + id + "/enable", "application/json", "");
            assertThat(announcement(reader, id, 3).get("enabled").asBoolean()).isTrue();

            admin.put("/api/admin/accounts/" + id + "/access", "application/json", "{\"roles\": [\"ADMIN\", \"MODERATOR\"]}");
            assertThat(announcement(reader, id, 4).get("roles").toString()).isEqualTo("[\"ADMIN\",\"MODERATOR\"]");

            HttpApi me = api().bearer(fixture.token(email, FeedbackFixture.PASSWORD));
            assertThat(me.postJson("/api/account/password", """
                    {"currentPassword": "%s", "newPassword": "a brand new passphrase"}""".formatted(FeedbackFixture.PASSWORD))
                    .status()).isEqualTo(204);
            long stamp = announcement(reader, id, 5).get("passwordStamp").asLong();
            assertThat(stamp).as("the stamp of tokens obtained with the new password").isPositive();
            assertThat(fixture.token(email, "a brand new passphrase")).satisfies(token ->
                    assertThat(org.carefeed.testsupport.TestTokens.claimsOf(token)).contains("\"pwc\":" + stamp));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                mongo.findById(id, Document.class, "accounts").getList("outbox", Document.class)).isEmpty());
    }

    @Test
    void theSeededAdministratorIsAnnouncedToo() {
        String id = idOf(new FeedbackFixture(api()).asAdmin(), FeedbackFixture.ADMIN_EMAIL);

        try (TopicReader reader = new TopicReader(String.join(",", kafka.getBootstrapServers()), Topics.ACCOUNTS)) {
            assertThat(announcement(reader, id, 1).get("roles").toString()).isEqualTo("[\"ADMIN\"]");
        }
    }

    private static JsonNode announcement(TopicReader reader, String accountId, int revision) {
        Predicate<ConsumerRecord<String, String>> matching = record -> accountId.equals(record.key())
                && JsonMapper.shared().readTree(record.value()).get("revision").asInt() == revision;
        ConsumerRecord<String, String> record = reader.awaitRecord(matching, Duration.ofSeconds(30));
        assertThat(CloudEventRecords.typeOf(record)).isEqualTo(EventType.ACCOUNT_ACCESS_CHANGED.typeName());
        assertThat(CloudEventRecords.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/carefeed/feedback-service");
        return JsonMapper.shared().readTree(record.value());
    }

    private static String idOf(HttpApi admin, String email) {
        for (JsonNode account : admin.get("/api/admin/accounts").json()) {
            if (account.get("email").asString().equals(email)) {
                return account.get("id").asString();
            }
        }
        throw new AssertionError("no account " + email);
    }
}
