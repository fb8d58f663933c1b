package org.carefeed.choice.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.carefeed.testsupport.ProblemAssertions.assertFieldsAtFault;
import static org.carefeed.testsupport.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.util.Map;

import org.bson.Document;
import org.carefeed.choice.admin.TestAdministrator;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Low limits of its own (so a context of its own): three requests at once per address, ten per key,
 * refilled too slowly to matter within the test. The test's requests all come from this machine, so the
 * test speaks as a trusted proxy and names a client address of each test's own.
 */
@TestPropertySource(properties = {
        "carefeed.rate-limits.anonymous.per-minute=1",
        "carefeed.rate-limits.anonymous.burst=3",
        "carefeed.rate-limits.keyed.per-minute=1",
        "carefeed.rate-limits.keyed.burst=10",
        "carefeed.rate-limits.trusted-proxies=127.0.0.1"})
class RateLimitIT extends IntegrationTest {

    private static final String READ = "/api/providers/RL101/rating";

    @Autowired
    MongoTemplate mongo;

    /** A client at this address, behind the trusted proxy the test speaks as. */
    private HttpApi from(String address) {
        return api().withHeader("X-Forwarded-For", "203.0.113.99, " + address);
    }

    private HttpApi admin() {
        return api().bearer(TestAdministrator.token());
    }

    /** Issues a key, once the administrator's announcement has arrived. */
    private JsonNode issue(String name) {
        HttpApi.Response issued = await().atMost(Duration.ofSeconds(30)).until(() -> admin().postJson(
                "/api/admin/api-keys", "{\"name\": \"" + name + "\", \"contact\": \"data@example.org\"}"),
                response -> response.status() != 401);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json();
    }

    @Test
    void anonymousClientsAreLimitedByAddressWith429AndRetryAfter() {
        Map<String, String> anonymous = Map.of("reason", "rate-limited-anonymous");
        double refusedBefore = scrape().sumOrZero("carefeed_open_data_refused_total", anonymous);
        HttpApi client = from("198.51.100.1");
        for (int i = 0; i < 3; i++) {
            assertThat(client.get(READ).status()).isEqualTo(200);
        }
        HttpApi.Response limited = client.get(READ);
        assertProblem(limited, 429);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
        assertThat(limited.json().get("detail").asString()).contains("X-Api-Key");
        // Feeds and downloads count against the same bucket.
        assertThat(client.get("/feeds/reviews.json").status()).isEqualTo(429);
        assertThat(client.get("/downloads/providers.csv").status()).isEqualTo(429);
        assertThat(scrape().sumOrZero("carefeed_open_data_refused_total", anonymous)).isEqualTo(refusedBefore + 3);
        assertThat(scrape().sum("carefeed_open_data_tracked_clients", Map.of()).orElse(0)).isPositive();

        // Another address has a bucket of its own; probes and the admin API are not limited.
        assertThat(from("198.51.100.2").get(READ).status()).isEqualTo(200);
        assertThat(client.get("/livez").status()).isEqualTo(200);
        assertThat(client.get("/readyz").status()).isEqualTo(200);
        assertThat(api().bearer(TestAdministrator.token()).withHeader("X-Forwarded-For", "198.51.100.1")
                .get("/api/admin/api-keys").status()).isNotEqualTo(429);
    }

    @Test
    void anApiKeyRaisesTheLimitUntilItIsRevoked() {
        JsonNode issued = issue("Example Data Co");
        String key = issued.get("key").asString();
        String id = issued.get("id").asString();
        assertThat(key).startsWith("cf_").hasSizeGreaterThan(40);

        // Only the key's hash is stored, and the list never shows a secret.
        Document stored = mongo.findById(id, Document.class, "api_keys");
        assertThat(stored.toJson()).doesNotContain(key).contains(ApiKeys.hash(key));
        HttpApi.Response listed = admin().get("/api/admin/api-keys");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains(id).contains("Example Data Co").doesNotContain(key)
                .doesNotContain(ApiKeys.hash(key));

        HttpApi anonymous = from("198.51.100.10");
        for (int i = 0; i < 3; i++) {
            assertThat(anonymous.get(READ).status()).isEqualTo(200);
        }
        assertThat(anonymous.get(READ).status()).isEqualTo(429);
        HttpApi keyed = anonymous.withHeader("X-Api-Key", key);
        for (int i = 0; i < 10; i++) {
            assertThat(keyed.get(READ).status()).as("request %d with the key", i + 1).isEqualTo(200);
        }
        HttpApi.Response keyLimited = keyed.get(READ);
        assertProblem(keyLimited, 429);
        assertThat(keyLimited.header("Retry-After")).isNotNull();

        JsonNode other = issue("Second Co");
        HttpApi second = from("198.51.100.11").withHeader("X-Api-Key", other.get("key").asString());
        assertThat(second.get(READ).status()).isEqualTo(200);
        assertThat(admin().send("DELETE", "/api/admin/api-keys/" + other.get("id").asString()).status()).isEqualTo(204);
        HttpApi.Response revoked = second.get(READ);
        assertProblem(revoked, 401);
        assertThat(revoked.json().get("detail").asString()).contains("revoked");
        assertThat(admin().get("/api/admin/api-keys").json().get("items")).anySatisfy(item -> {
            assertThat(item.get("id").asString()).isEqualTo(other.get("id").asString());
            assertThat(item.get("revoked").asBoolean()).isTrue();
        });
        assertProblem(admin().send("DELETE", "/api/admin/api-keys/00000000-0000-4000-8000-000000000000"), 404);
    }

    @Test
    void anUnknownKeyIs401NotAnonymous() {
        assertProblem(from("198.51.100.20").withHeader("X-Api-Key", "cf_no-such-key").get(READ), 401);
        assertProblem(from("198.51.100.20").withHeader("X-Api-Key", " ").get(READ), 401);
    }

    @Test
    void keysAreIssuedOnlyToAdministratorsWithANameAndContact() {
        assertProblem(api().postJson("/api/admin/api-keys", "{\"name\": \"x\", \"contact\": \"y\"}"), 401);
        issue("Warm-up Co");
        assertFieldsAtFault(admin().postJson("/api/admin/api-keys", "{\"name\": \" \"}"), 400, "name", "contact");
    }
}
