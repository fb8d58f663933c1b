package org.carefeed.feedback.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carefeed.testsupport.ProblemAssertions.assertFieldsAtFault;
import static org.carefeed.testsupport.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.carefeed.feedback.FeedbackFixture;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.carefeed.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The second factor, required here for ADMIN (production requires it for MODERATOR too: see
 * SecondFactorPolicyTest), and set up by choice by moderators. In a database of its own, since its
 * administrator must set one up, which other tests' administrator has not.
 */
@TestPropertySource(properties = {
        "spring.mongodb.database=carefeed-feedback-second-factor-test",
        "carefeed.auth.second-factor-required-roles=ADMIN"})
class SecondFactorIT extends IntegrationTest {

    @Autowired
    MongoTemplate mongo;

    private final OneTimeCodes codes = new OneTimeCodes();
    /** The administrator sets up its second factor once, in the first test to run; its token lasts the class. */
    private static String adminToken;
    FeedbackFixture fixture;
    HttpApi admin;

    @BeforeEach
    void setUp() {
        fixture = new FeedbackFixture(api());
        if (adminToken == null) {
            adminToken = signInWithSecondFactor(FeedbackFixture.ADMIN_EMAIL, FeedbackFixture.ADMIN_PASSWORD);
        }
        admin = api().bearer(adminToken);
    }

    @Test
    void onceEnrolledSigningInNeedsACodeThatWorksOnceOrASingleUseRecoveryCode() {
        String email = createAccount("MODERATOR");
        HttpApi me = api().bearer(fixture.token(email, FeedbackFixture.PASSWORD));
        JsonNode enrolment = me.post("/api/account/second-factor", "application/json", "").json();
        String secret = enrolment.get("secret").asString();
        assertThat(enrolment.get("otpauthUri").asString()).startsWith("otpauth://totp/Carefeed%3A")
                .contains("secret=" + secret, "issuer=Carefeed", "digits=6", "period=30");
        long now = step();
        assertFieldsAtFault(me.postJson("/api/account/second-factor/confirm",
                "{\"oneTimeCode\": \"" + wrong(secret, now) + "\"}"), 400, "oneTimeCode");
        List<String> recoveryCodes = confirm(me, codes.code(secret, now));
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();

        assertThat(signIn(email, null).status()).as("no code").isEqualTo(401);
        assertThat(signIn(email, wrong(secret, now)).status()).as("a wrong code").isEqualTo(401);
        assertThat(signIn(email, codes.code(secret, now)).status()).as("the code that confirmed it").isEqualTo(401);
        HttpApi.Response withCode = signIn(email, codes.code(secret, now + 1));
        assertThat(withCode.status()).as(withCode.body()).isEqualTo(200);
        assertThat(TestTokens.claimsOf(withCode.json().get("accessToken").asString()))
                .contains("\"amr\":[\"pwd\",\"otp\"]", "\"roles\":[\"MODERATOR\"]");
        assertThat(signIn(email, codes.code(secret, now + 1)).status()).as("the same code again").isEqualTo(401);
        assertThat(signIn(email, recoveryCodes.get(3).toUpperCase()).status()).as("a recovery code").isEqualTo(200);
        assertThat(signIn(email, recoveryCodes.get(3)).status()).as("the same recovery code again").isEqualTo(401);
        assertProblem(signIn(email, recoveryCodes.get(3)), 401);
    }

    @Test
    void theSecretIsShownOnlyWhenEnrolmentStartsAndRecoveryCodesAreKeptOnlyAsHashes() {
        String email = createAccount("MODERATOR");
        HttpApi me = api().bearer(fixture.token(email, FeedbackFixture.PASSWORD));
        String secret = me.post("/api/account/second-factor", "application/json", "").json().get("secret").asString();
        List<String> recoveryCodes = confirm(me, codes.code(secret, step()));

        assertProblem(me.post("/api/account/second-factor", "application/json", ""), 409);
        String listed = admin.get("/api/admin/accounts").body();
        assertThat(listed).doesNotContain(secret).doesNotContain(recoveryCodes.get(0));
        Document stored = mongo.findById(idOf(email), Document.class, "accounts");
        assertThat(stored.toJson()).doesNotContain(recoveryCodes.get(0))
                .doesNotContain(OneTimeCodes.normalisedRecoveryCode(recoveryCodes.get(0)));
        assertThat(admin.get("/api/admin/accounts/audit").body()).contains("second-factor-enrolled")
                .doesNotContain(secret, recoveryCodes.get(0));
    }

    @Test
    void anAccountWhoseRoleNeedsOneCanOnlySetItUpUntilItHasOne() {
        String email = createAccount("ADMIN");
        HttpApi.Response signedIn = signIn(email, null);
        assertThat(signedIn.json().get("secondFactorSetupRequired").asBoolean()).isTrue();
        String token = signedIn.json().get("accessToken").asString();
        assertThat(TestTokens.claimsOf(token)).as("no role for choice-service either").contains("\"roles\":[]");
        HttpApi.Response refused = api().bearer(token).get("/api/admin/accounts");
        assertProblem(refused, 403);
        assertThat(refused.json().get("detail").asString()).contains("second factor");

        HttpApi administrator = api().bearer(signInWithSecondFactor(email, FeedbackFixture.PASSWORD));
        assertThat(administrator.get("/api/admin/accounts").status()).isEqualTo(200);
        assertThat(api().bearer(token).get("/api/admin/accounts").status())
                .as("the token from before, without a code, still reaches no role").isEqualTo(403);
    }

    @Test
    void wrongAndMissingCodesCountLikeWrongPasswords() {
        String email = createAccount("MODERATOR");
        HttpApi me = api().bearer(fixture.token(email, FeedbackFixture.PASSWORD));
        String secret = me.post("/api/account/second-factor", "application/json", "").json().get("secret").asString();
        long now = step();
        confirm(me, codes.code(secret, now));

        for (int i = 0; i < 4; i++) {
            assertProblem(signIn(email, wrong(secret, now)), 401);
        }
        assertProblem(signIn(email, null), 401);
        HttpApi.Response slowedDown = signIn(email, codes.code(secret, now + 1));
        assertProblem(slowedDown, 429);
        assertThat(slowedDown.header("Retry-After")).isNotBlank();
    }

    @Test
    void anAdministratorResetsASecondFactorAndItIsAudited() {
        String email = createAccount("MODERATOR");
        HttpApi me = api().bearer(fixture.token(email, FeedbackFixture.PASSWORD));
        String secret = me.post("/api/account/second-factor", "application/json", "").json().get("secret").asString();
        confirm(me, codes.code(secret, step()));
        assertThat(signIn(email, null).status()).isEqualTo(401);
        String id = idOf(email);

        assertProblem(me.post("/api/admin/accounts/" + id + "/second-factor/reset", "application/json", ""), 403);
        HttpApi.Response reset = admin.post("/api/admin/accounts/" + id + "/second-factor/reset", "application/json", "");
        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        assertThat(reset.json().get("secondFactor").asBoolean()).isFalse();

        assertThat(signIn(email, null).status()).as("moderators here need none unless they set one up").isEqualTo(200);
        assertThat(admin.get("/api/admin/accounts/audit").body()).contains(id + ",second-factor-reset");
    }

    /** Signs in with the password, sets up a second factor with that token, then signs in with a code. */
    private String signInWithSecondFactor(String email, String password) {
        HttpApi.Response first = api().postJson("/api/auth/token",
                "{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, password));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("secondFactorSetupRequired").asBoolean()).as(first.body()).isTrue();
        HttpApi limited = api().bearer(first.json().get("accessToken").asString());
        String secret = limited.post("/api/account/second-factor", "application/json", "").json().get("secret").asString();
        long now = step();
        confirm(limited, codes.code(secret, now));
        HttpApi.Response full = api().postJson("/api/auth/token", "{\"email\": \"%s\", \"password\": \"%s\", \"oneTimeCode\": \"%s\"}"
                .formatted(email, password, codes.code(secret, now + 1)));
        assertThat(full.status()).as(full.body()).isEqualTo(200);
        return full.json().get("accessToken").asString();
    }

    private List<String> confirm(HttpApi me, String code) {
        HttpApi.Response confirmed = me.postJson("/api/account/second-factor/confirm", "{\"oneTimeCode\": \"" + code + "\"}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        List<String> recoveryCodes = new ArrayList<>();
        confirmed.json().get("recoveryCodes").forEach(recoveryCode -> recoveryCodes.add(recoveryCode.asString()));
        return recoveryCodes;
    }

    private HttpApi.Response signIn(String email, String oneTimeCode) {
        return api().postJson("/api/auth/token", oneTimeCode == null
                ? "{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, FeedbackFixture.PASSWORD)
                : "{\"email\": \"%s\", \"password\": \"%s\", \"oneTimeCode\": \"%s\"}".formatted(email,
                        FeedbackFixture.PASSWORD, oneTimeCode));
    }

    private String createAccount(String role) {
        String email = role.toLowerCase() + "-" + java.util.UUID.randomUUID() + "@test.carefeed";
        HttpApi.Response created = admin.postJson("/api/admin/accounts", """
                {"email": "%s", "displayName": "Test", "password": "%s", "roles": ["%s"], "providerCodes": []}
                """.formatted(email, FeedbackFixture.PASSWORD, role));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return email;
    }

    private String idOf(String email) {
        for (JsonNode account : admin.get("/api/admin/accounts").json()) {
            if (account.get("email").asString().equals(email)) {
                return account.get("id").asString();
            }
        }
        throw new AssertionError("no account " + email);
    }

    private static long step() {
        return Instant.now().getEpochSecond() / OneTimeCodes.STEP.toSeconds();
    }

    /** A six-digit code that is none of the secret's codes around this step. */
    private String wrong(String secret, long step) {
        for (int candidate = 0; ; candidate++) {
            String code = "%06d".formatted(candidate);
            if (!code.equals(codes.code(secret, step - 1)) && !code.equals(codes.code(secret, step))
                    && !code.equals(codes.code(secret, step + 1)) && !code.equals(codes.code(secret, step + 2))) {
                return code;
            }
        }
    }
}
