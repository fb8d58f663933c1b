package org.carefeed.feedback.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carefeed.feedback.FeedbackFixture.complaint;
import static org.carefeed.feedback.FeedbackFixture.review;
import static org.carefeed.testsupport.ProblemAssertions.assertProblem;

import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.carefeed.feedback.FeedbackFixture;
import org.carefeed.feedback.directory.DirectoryFixture;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.platform.tokens.PemKeys;
import org.carefeed.testsupport.IntegrationTest;
import org.carefeed.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Every ID-bearing endpoint, called by everyone: staff of provider A, staff of provider B, staff of
 * A's parent trust, a moderator, an administrator, and nobody. Staff of B must get 404 for A's private
 * feedback and 403 for answering A's public reviews.
 */
class AuthorizationMatrixIT extends IntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    FeedbackFixture fixture;
    String trust;
    String providerA;
    String providerB;
    String commissioningGroup;
    String practice;
    Map<String, HttpApi> callers;
    String publishedA;
    String waitingA;
    String complaintA;

    @BeforeEach
    void setUp() throws Exception {
        trust = FeedbackFixture.uniqueCode();
        providerA = FeedbackFixture.uniqueCode();
        providerB = FeedbackFixture.uniqueCode();
        DirectoryFixture directory = new DirectoryFixture(kafkaTemplate, mongo);
        directory.openTrust(trust);
        directory.open(providerB);
        directory.openWithParent(providerA, trust);
        commissioningGroup = FeedbackFixture.uniqueCode();
        practice = FeedbackFixture.uniqueCode();
        directory.openCommissioningGroup(commissioningGroup);
        directory.openWithParent(practice, commissioningGroup);
        fixture = new FeedbackFixture(api());
        HttpApi moderator = fixture.newAccount("MODERATOR");
        callers = Map.of(
                "staffA", fixture.newAccount("STAFF", providerA),
                "staffB", fixture.newAccount("STAFF", providerB),
                "trustStaff", fixture.newAccount("STAFF", trust),
                "moderator", moderator,
                "admin", fixture.asAdmin(),
                "anonymous", api());
        publishedA = fixture.published(moderator, review(providerA, 4, "Good", "Kind staff and a clean ward."));
        waitingA = fixture.submit(review(providerA, 2, "Slow", "Waited a long time to be seen.")).json()
                .get("id").asString();
        complaintA = api().postJson("/api/complaints", complaint(providerA,
                "Nobody told us what was happening for hours.")).json().get("reference").asString();
    }

    @Test
    void providerFeedbackIsForItsOwnStaffOnly() {
        expect(api -> api.get("/api/providers/" + providerA + "/feedback"),
                Map.of("staffA", 200, "trustStaff", 200, "staffB", 404, "moderator", 403, "admin", 403, "anonymous", 401));
        expect(api -> api.get("/api/providers/" + providerA + "/feedback?type=complaints"),
                Map.of("staffA", 200, "trustStaff", 200, "staffB", 404, "moderator", 403, "admin", 403, "anonymous", 401));
        expect(api -> api.get("/api/providers/" + providerA + "/feedback/summary"),
                Map.of("staffA", 200, "trustStaff", 200, "staffB", 404, "moderator", 403, "admin", 403, "anonymous", 401));
    }

    @Test
    void onlyATrustsStaffReachTheirSitesNotAParentCommissioningGroupsStaff() {
        HttpApi groupStaff = fixture.newAccount("STAFF", commissioningGroup);
        String complaint = api().postJson("/api/complaints", complaint(practice,
                "The practice lost my repeat prescription twice.")).json().get("reference").asString();
        String review = fixture.published(fixture.newAccount("MODERATOR"),
                review(practice, 2, "Lost prescription", "The practice lost my repeat prescription twice."));

        assertProblem(groupStaff.get("/api/providers/" + practice + "/feedback?type=complaints"), 404);
        assertProblem(groupStaff.postJson("/api/complaints/" + complaint + "/status", "{\"status\": \"closed\"}"), 404);
        assertProblem(groupStaff.postJson("/api/reviews/" + review + "/response", "{\"text\": \"Thanks\"}"), 403);
    }

    @Test
    void complaintsAreMovedOnOnlyByTheirProvidersStaff() {
        expect(api -> api.postJson("/api/complaints/" + complaintA + "/status", "{\"status\": \"closed\"}"),
                Map.of("staffB", 404, "moderator", 403, "admin", 403, "anonymous", 401));
        expect(api -> api.postJson("/api/complaints/CF-1999-000001/status", "{\"status\": \"closed\"}"),
                Map.of("staffA", 404, "staffB", 404));
        expect(api -> api.postJson("/api/complaints/" + complaintA + "/status", "{\"status\": \"acknowledged\"}"),
                Map.of("staffA", 200));
        expect(api -> api.postJson("/api/complaints/" + complaintA + "/status", "{\"status\": \"investigating\"}"),
                Map.of("trustStaff", 200));
    }

    @Test
    void reviewsAreAnsweredOnlyByTheirProvidersStaff() {
        expect(api -> api.postJson("/api/reviews/" + publishedA + "/response", "{\"text\": \"Thank you\"}"),
                Map.of("staffB", 403, "moderator", 403, "admin", 403, "anonymous", 401));
        expect(api -> api.postJson("/api/reviews/" + waitingA + "/response", "{\"text\": \"Thank you\"}"),
                Map.of("staffB", 404));
        expect(api -> api.postJson("/api/reviews/" + publishedA + "/response", "{\"text\": \"Thank you\"}"),
                Map.of("staffA", 200));
    }

    @Test
    void moderationIsForModeratorsOnly() {
        Map<String, Integer> onlyModerators = Map.of("staffA", 403, "staffB", 403, "trustStaff", 403, "admin", 403,
                "anonymous", 401, "moderator", 200);
        expect(api -> api.get("/api/moderation/queue"), onlyModerators);
        expect(api -> api.get("/api/moderation/reviews/" + waitingA), onlyModerators);
        expect(api -> api.postJson("/api/moderation/reviews/" + waitingA + "/decision", "{\"decision\": \"publish\"}"),
                onlyModerators);
    }

    @Test
    void erasureOnRequestIsForAdministratorsOnly() {
        String reason = "{\"reason\": \"Letter from the author\"}";
        Map<String, Integer> notAdmins = Map.of("staffA", 403, "trustStaff", 403, "moderator", 403, "anonymous", 401);
        expect(api -> api.postJson("/api/admin/reviews/" + waitingA + "/erasure", reason), notAdmins);
        expect(api -> api.postJson("/api/admin/complaints/" + complaintA + "/erasure", reason), notAdmins);
        expect(api -> api.postJson("/api/admin/reviews/" + UUID.randomUUID() + "/erasure", reason), Map.of("admin", 404));
        expect(api -> api.postJson("/api/admin/complaints/CF-1999-000001/erasure", reason), Map.of("admin", 404));
        expect(api -> api.post("/api/review-links/made-up-secret/erase", "application/json", ""),
                Map.of("anonymous", 404, "staffA", 404));
    }

    @Test
    void safeguardingConcernsAreRaisedByModeratorsAndTheProvidersStaffAndSeenByItsContacts() {
        String note = "{\"note\": \"A child may be at risk\"}";
        expect(api -> api.get("/api/moderation/safeguarding"), Map.of("staffA", 403, "admin", 403, "anonymous", 401,
                "moderator", 200));
        expect(api -> api.get("/api/providers/" + providerA + "/feedback/safeguarding"),
                Map.of("staffA", 403, "trustStaff", 403, "staffB", 404, "moderator", 403, "admin", 403, "anonymous", 401));
        expect(api -> api.postJson("/api/providers/" + providerA + "/feedback/complaints/" + complaintA + "/safeguarding",
                note), Map.of("staffB", 404, "moderator", 403, "admin", 403, "anonymous", 401));
        expect(api -> api.postJson("/api/providers/" + providerB + "/feedback/complaints/" + complaintA + "/safeguarding",
                note), Map.of("staffB", 404));
        expect(api -> api.postJson("/api/moderation/reviews/" + waitingA + "/safeguarding", note),
                Map.of("staffA", 403, "admin", 403, "anonymous", 401));
        expect(api -> api.postJson("/api/providers/" + providerA + "/feedback/reviews/" + waitingA + "/safeguarding", note),
                Map.of("staffB", 404, "trustStaff", 200));
        expect(api -> api.postJson("/api/providers/" + providerA + "/feedback/reviews/" + waitingA
                + "/safeguarding/resolution", note), Map.of("staffA", 403, "staffB", 404, "moderator", 403));
        expect(api -> api.postJson("/api/moderation/reviews/" + waitingA + "/safeguarding/resolution",
                "{\"note\": \"Looked into\"}"), Map.of("moderator", 200));
    }

    @Test
    void accountsAreForAdministratorsOnly() {
        expect(api -> api.get("/api/admin/accounts"), Map.of("staffA", 403, "moderator", 403, "anonymous", 401,
                "admin", 200));
        expect(api -> api.postJson("/api/admin/accounts", "{}"), Map.of("staffA", 403, "moderator", 403,
                "anonymous", 401, "admin", 400));
        String someone = UUID.randomUUID().toString();
        expect(api -> api.put("/api/admin/accounts/" + someone + "/access", "application/json", "{\"roles\": [\"MODERATOR\"]}"),
                Map.of("staffA", 403, "moderator", 403, "anonymous", 401, "admin", 404));
        expect(api -> api.post("/api/admin/accounts/" + someone + "/reset-link", "application/json", ""),
                Map.of("staffA", 403, "moderator", 403, "anonymous", 401, "admin", 404));
        expect(api -> api.get("/api/admin/accounts/audit"), Map.of("staffA", 403, "moderator", 403, "anonymous", 401,
                "admin", 200));
        expect(api -> api.post("/api/admin/accounts/" + someone + "/second-factor/reset", "application/json", ""),
                Map.of("staffA", 403, "moderator", 403, "anonymous", 401, "admin", 404));
    }

    @Test
    void ownPasswordsAreChangedBySignedInPeopleAndResetsByWhoeverHoldsALink() {
        String weak = "{\"currentPassword\": \"not it\", \"newPassword\": \"short\"}";
        expect(api -> api.postJson("/api/account/password", weak), Map.of("staffA", 400, "moderator", 400,
                "admin", 400, "anonymous", 401));
        expect(api -> api.postJson("/api/account/second-factor/confirm", "{\"oneTimeCode\": \"000000\"}"),
                Map.of("staffA", 409, "anonymous", 401));
        expect(api -> api.post("/api/account/second-factor", "application/json", ""), Map.of("anonymous", 401));
        expect(api -> api.postJson("/api/auth/password-reset", "{\"token\": \"made-up\", \"newPassword\": "
                + "\"a long enough passphrase\"}"), Map.of("staffA", 422, "anonymous", 422));
    }

    @Test
    void aDisabledAccountsTokenStopsWorkingAtOnce() {
        String email = fixture.createAccount("STAFF", providerA);
        HttpApi staff = api().bearer(fixture.token(email, FeedbackFixture.PASSWORD));
        assertThat(staff.get("/api/providers/" + providerA + "/feedback").status()).isEqualTo(200);
        String id = null;
        for (tools.jackson.databind.JsonNode account : fixture.asAdmin().get("/api/admin/accounts").json()) {
            if (account.get("email").asString().equals(email)) {
                id = account.get("id").asString();
            }
        }

        assertThat(fixture.asAdmin().post("/api/admin/accounts/" + id + "/disable", "application/json", "").status())
                .isEqualTo(200);

        assertProblem(staff.get("/api/providers/" + providerA + "/feedback"), 401);
        assertProblem(api().postJson("/api/auth/token", """
                {"email": "%s", "password": "%s"}""".formatted(email, FeedbackFixture.PASSWORD)), 401);
    }

    @Test
    void aForgedOrMangledTokenIsRefused() {
        String header = "eyJhbGciOiJIUzI1NiJ9";
        String claims = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"iss\":\"carefeed-feedback-service\",\"sub\":\"x\",\"exp\":4102444800}".getBytes());
        assertProblem(api().bearer(header + "." + claims + ".c2lnbmF0dXJl").get("/api/moderation/queue"), 401);
        assertProblem(api().bearer("not-a-token").get("/api/moderation/queue"), 401);
    }

    @Test
    void tokensAreSignedWithES256UnderTheKeyIdAndCarryTheRolesAndPasswordStamp() {
        String token = fixture.token(FeedbackFixture.ADMIN_EMAIL, FeedbackFixture.ADMIN_PASSWORD);

        assertThat(TestTokens.headerOf(token)).contains("\"alg\":\"ES256\"").contains("\"kid\":\"" + TestTokens.KEY_ID + "\"");
        assertThat(TestTokens.claimsOf(token)).contains("\"roles\":[\"ADMIN\"]").contains("\"pwc\":0")
                .contains("\"iss\":\"carefeed-feedback-service\"").doesNotContain(FeedbackFixture.ADMIN_EMAIL);
    }

    @Test
    void onlyTokensSignedByAConfiguredKeyUnderItsIdAndNotExpiredAreAccepted() {
        String moderatorId = accountId(fixture.createAccount("MODERATOR"));
        KeyPair stranger = PemKeys.generate();
        TestTokens.Token token = TestTokens.forAccount(moderatorId, "MODERATOR");
        assertThat(api().bearer(token.sign()).get("/api/moderation/queue").status())
                .as("signed as this service signs").isEqualTo(200);
        assertThat(api().bearer(token.signedWith(TestTokens.PREVIOUS_KEY_ID, TestTokens.previousKey()).sign())
                .get("/api/moderation/queue").status()).as("by the key being rotated out").isEqualTo(200);

        for (String refused : List.of(
                TestTokens.withAlteredSignature(token.sign()),
                token.signedWith(TestTokens.KEY_ID, stranger).sign(),
                token.signedWith("unknown-key", stranger).sign(),
                token.signedWith(null, TestTokens.key()).sign(),
                token.issuedAgo(Duration.ofMinutes(20)).sign(),
                token.issuer("someone-else").sign())) {
            assertProblem(api().bearer(refused).get("/api/moderation/queue"), 401);
        }
    }

    private String accountId(String email) {
        for (tools.jackson.databind.JsonNode account : fixture.asAdmin().get("/api/admin/accounts").json()) {
            if (account.get("email").asString().equals(email)) {
                return account.get("id").asString();
            }
        }
        throw new AssertionError("no account " + email);
    }

    private void expect(Function<HttpApi, HttpApi.Response> call, Map<String, Integer> statusByCaller) {
        statusByCaller.forEach((caller, status) -> {
            HttpApi.Response response = call.apply(callers.get(caller));
            assertThat(response.status()).as("%s: %s", caller, response.body()).isEqualTo(status);
            if (status >= 400) {
                assertProblem(response, status);
            }
        });
    }
}
