package org.carefeed.choice.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.carefeed.testsupport.ProblemAssertions.assertProblem;

import java.security.KeyPair;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import org.carefeed.choice.account.AccountAnnouncements;
import org.carefeed.platform.tokens.PemKeys;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.carefeed.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the admin API, called with every kind of token: none, an administrator's, other
 * roles', forged, expired, signed by a key that is not configured or under another key's id, of an
 * account never announced, disabled, or whose password changed since. Only an administrator's valid
 * token of an enabled account, with its current password, gets in.
 */
class AdminAccessMatrixIT extends IntegrationTest {

    /** What each admin endpoint is called with, and what an administrator gets: a harmless mistake. */
    private static final Map<String, Function<HttpApi, HttpApi.Response>> ENDPOINTS = new LinkedHashMap<>();
    private static final Map<String, Integer> ADMIN_GETS = Map.ofEntries(
            Map.entry("POST /api/admin/imports", 400),
            Map.entry("GET /api/admin/imports/{id}", 404),
            Map.entry("GET /api/admin/dead-letters", 200),
            Map.entry("POST /api/admin/dead-letters/{topic}/{partition}/{offset}/replay", 404),
            Map.entry("POST /api/admin/api-keys", 400),
            Map.entry("GET /api/admin/api-keys", 200),
            Map.entry("DELETE /api/admin/api-keys/{id}", 404),
            Map.entry("GET /api/admin/webhooks", 200),
            Map.entry("GET /api/admin/webhooks/{id}", 404),
            Map.entry("POST /api/admin/webhooks/{id}/approve", 404),
            Map.entry("POST /api/admin/webhooks/{id}/reject", 404),
            Map.entry("POST /api/admin/webhooks/{id}/pause", 404),
            Map.entry("POST /api/admin/webhooks/{id}/resume", 404));

    static {
        ENDPOINTS.put("POST /api/admin/imports", api -> api.postMultipart("/api/admin/imports",
                Map.of("format", "excel"), "file", "x.csv", "a,b\n".getBytes()));
        ENDPOINTS.put("GET /api/admin/imports/{id}", api -> api.get("/api/admin/imports/no-such-job"));
        ENDPOINTS.put("GET /api/admin/dead-letters", api -> api.get("/api/admin/dead-letters?topic=carefeed.complaints.v1.DLT"));
        ENDPOINTS.put("POST /api/admin/dead-letters/{topic}/{partition}/{offset}/replay",
                api -> api.post("/api/admin/dead-letters/carefeed.complaints.v1.DLT/0/99999999/replay", "application/json", ""));
        ENDPOINTS.put("POST /api/admin/api-keys", api -> api.postJson("/api/admin/api-keys", "{}"));
        ENDPOINTS.put("GET /api/admin/api-keys", api -> api.get("/api/admin/api-keys"));
        ENDPOINTS.put("DELETE /api/admin/api-keys/{id}", api -> api.send("DELETE", "/api/admin/api-keys/no-such-key"));
        ENDPOINTS.put("GET /api/admin/webhooks", api -> api.get("/api/admin/webhooks"));
        ENDPOINTS.put("GET /api/admin/webhooks/{id}", api -> api.get("/api/admin/webhooks/no-such-subscription"));
        for (String action : List.of("approve", "reject", "pause", "resume")) {
            ENDPOINTS.put("POST /api/admin/webhooks/{id}/" + action,
                    api -> api.postJson("/api/admin/webhooks/no-such-subscription/" + action, ""));
        }
    }

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    AccountAnnouncements accounts;
    String adminId;
    TestTokens.Token admin;

    @BeforeEach
    void setUp() {
        accounts = new AccountAnnouncements(kafka);
        adminId = UUID.randomUUID().toString();
        accounts.announce(adminId, 1, List.of("ADMIN"), true, 0);
        admin = TestTokens.forAccount(adminId, "ADMIN");
        awaitEveryEndpoint(admin.sign(), "the announced administrator");
    }

    @Test
    void everyAdminEndpointIsInThisMatrix() {
        Set<String> adminEndpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach((RequestMappingInfo info) ->
                info.getPathPatternsCondition().getPatternValues().stream().filter(path -> path.startsWith("/api/admin"))
                        .forEach(path -> info.getMethodsCondition().getMethods()
                                .forEach(method -> adminEndpoints.add(method + " " + path))));

        assertThat(adminEndpoints).isEqualTo(new TreeSet<>(ENDPOINTS.keySet()));
    }

    /**
     * Outside the admin API everything is open data: reads only, which anyone may make. The one
     * exception is webhook subscriptions, which anyone may register and only the holder of a
     * subscription's own management token may read or delete (WebhooksIT).
     */
    @Test
    void everyOtherEndpointIsAnOpenRead() {
        Set<String> others = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach((RequestMappingInfo info) ->
                info.getPathPatternsCondition().getPatternValues().stream().filter(path -> !path.startsWith("/api/admin"))
                        .filter(path -> !path.startsWith("/api/webhooks"))
                        .forEach(path -> info.getMethodsCondition().getMethods()
                                .forEach(method -> others.add(method + " " + path))));

        assertThat(others).isNotEmpty().allMatch(endpoint -> endpoint.startsWith("GET "));
        assertThat(api().get("/api/providers?q=hospital").status()).as("no sign-in for open data").isEqualTo(200);
    }

    @Test
    void onlyAValidTokenOfAnAnnouncedAdministratorGetsIn() {
        String staffId = announced("STAFF");
        String moderatorId = announced("MODERATOR");
        KeyPair stranger = PemKeys.generate();

        expectEverywhere(null, 401, "no token");
        expectAdmitted(admin.sign(), "an administrator's token");
        expectAdmitted(admin.signedWith(TestTokens.PREVIOUS_KEY_ID, TestTokens.previousKey()).sign(),
                "signed by the key being rotated out, still configured");
        expectEverywhere(TestTokens.forAccount(staffId, "STAFF").sign(), 403, "a staff member's token");
        expectEverywhere(TestTokens.forAccount(moderatorId, "MODERATOR").sign(), 403, "a moderator's token");
        expectEverywhere(TestTokens.withAlteredSignature(admin.sign()), 401, "signature altered");
        expectEverywhere(TestTokens.withClaims(TestTokens.forAccount(staffId, "STAFF").sign(), """
                {"iss":"carefeed-feedback-service","sub":"%s","roles":["ADMIN"],"pwc":0,"exp":4102444800}"""
                .formatted(staffId)), 401, "roles added to a staff token");
        expectEverywhere(admin.issuedAgo(Duration.ofMinutes(20)).sign(), 401, "expired");
        expectEverywhere(admin.signedWith("unknown-key", stranger).sign(), 401, "signed by an unknown key");
        expectEverywhere(admin.signedWith(TestTokens.KEY_ID, stranger).sign(), 401, "a known key id, another key");
        expectEverywhere(admin.signedWith(null, TestTokens.key()).sign(), 401, "no key id");
        expectEverywhere(admin.issuer("someone-else").sign(), 401, "another issuer");
        expectEverywhere(TestTokens.forAccount(UUID.randomUUID().toString(), "ADMIN").sign(), 401,
                "an account never announced");
        expectEverywhere("not-a-token", 401, "not a token");
    }

    @Test
    void aDisabledAdministratorIsRefusedOnceItsAnnouncementArrivesAndAdmittedAgainWhenEnabled() {
        accounts.announce(adminId, 2, List.of("ADMIN"), false, 0);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> expectEverywhere(admin.sign(), 401, "disabled"));

        accounts.announce(adminId, 3, List.of("ADMIN"), true, 0);
        awaitEveryEndpoint(admin.sign(), "enabled again");
    }

    @Test
    void aTokenObtainedBeforeAPasswordChangeIsRefused() {
        long changedAt = System.currentTimeMillis();
        accounts.announce(adminId, 2, List.of("ADMIN"), true, changedAt);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                expectEverywhere(admin.sign(), 401, "obtained with the old password"));
        expectAdmitted(admin.passwordStamp(changedAt).sign(), "obtained with the new password");
    }

    @Test
    void aRoleTakenAwayEndsAdminAccessAtOnceWhateverTheTokenSays() {
        accounts.announce(adminId, 2, List.of("STAFF"), true, 0);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                expectEverywhere(admin.sign(), 403, "issued while ADMIN, no longer"));
    }

    private String announced(String role) {
        String id = UUID.randomUUID().toString();
        accounts.announce(id, 1, List.of(role), true, 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> ENDPOINTS.values().iterator().next()
                .apply(api().bearer(TestTokens.forAccount(id, role).sign())).status() == 403);
        return id;
    }

    private void awaitEveryEndpoint(String token, String what) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> expectAdmitted(token, what));
    }

    private void expectAdmitted(String token, String what) {
        ENDPOINTS.forEach((endpoint, call) -> {
            HttpApi.Response response = call.apply(api().bearer(token));
            assertThat(response.status()).as("%s, %s: %s", what, endpoint, response.body())
                    .isEqualTo(ADMIN_GETS.get(endpoint));
        });
    }

    private void expectEverywhere(String token, int status, String what) {
        ENDPOINTS.forEach((endpoint, call) -> {
            HttpApi.Response response = call.apply(token == null ? api() : api().bearer(token));
            assertThat(response.status()).as("%s, %s: %s", what, endpoint, response.body()).isEqualTo(status);
            assertProblem(response, status);
            if (status == 401) {
                assertThat(response.header("WWW-Authenticate")).as(what).startsWith("Bearer");
            }
        });
    }
}
