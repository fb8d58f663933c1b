package org.carefeed.feedback.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carefeed.testsupport.ProblemAssertions.assertFieldsAtFault;

import java.util.List;

import org.bson.Document;
import org.carefeed.feedback.FeedbackFixture;
import org.carefeed.feedback.directory.DirectoryFixture;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/** Administrators create accounts; what they send is checked like any other request. */
class AdminAccountsIT extends IntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    HttpApi admin;
    String provider;

    @BeforeEach
    void setUp() throws Exception {
        provider = FeedbackFixture.uniqueCode();
        new DirectoryFixture(kafkaTemplate, mongo).open(provider);
        admin = new FeedbackFixture(api()).asAdmin();
    }

    @Test
    void createdAccountIsListedWithoutItsPasswordAndEmailsAreUnique() {
        String body = """
                {"email": "Lee.Staff@Example.NHS.uk", "displayName": "Lee", "password": "a long passphrase",
                 "roles": ["STAFF"], "providerCodes": ["%s"]}""".formatted(provider);

        HttpApi.Response created = admin.postJson("/api/admin/accounts", body);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("email").asString()).isEqualTo("lee.staff@example.nhs.uk");
        assertThat(created.location()).endsWith(created.json().get("id").asString());
        assertThat(admin.get("/api/admin/accounts").body()).doesNotContain("a long passphrase", "passwordHash", "bcrypt");
        assertFieldsAtFault(admin.postJson("/api/admin/accounts", body), 409, "email");
    }

    @Test
    void invalidAccountsNameTheirFields() {
        assertFieldsAtFault(admin.postJson("/api/admin/accounts", """
                {"email": "not an email", "displayName": " ", "password": "short", "roles": ["CHIEF"]}"""),
                400, "roles[0]");
        assertFieldsAtFault(admin.postJson("/api/admin/accounts", """
                {"email": "not an email", "displayName": " ", "password": "short", "roles": [],
                 "providerCodes": ["rj 7"]}"""), 400, "email", "displayName", "password", "roles", "providerCodes[0]");
        assertFieldsAtFault(admin.postJson("/api/admin/accounts", """
                {"email": "nocodes@test.carefeed", "displayName": "No codes", "password": "a long passphrase",
                 "roles": ["STAFF"]}"""), 422, "providerCodes");
        assertFieldsAtFault(admin.postJson("/api/admin/accounts", """
                {"email": "unknown@test.carefeed", "displayName": "Unknown", "password": "a long passphrase",
                 "roles": ["STAFF"], "providerCodes": ["%s"]}""".formatted(FeedbackFixture.uniqueCode())),
                422, "providerCodes[0]");
    }

    @Test
    void commonTooLongInBytesAndControlCharacterPasswordsAreRefusedWithAReason() {
        String account = """
                {"email": "pw@test.carefeed", "displayName": "Pat", "password": "%s", "roles": ["MODERATOR"]}""";
        for (String password : List.of("Password12345", "QWERTYUIOP1234", "aaaaaaaaaaaaaaaa", "é".repeat(40),
                "a long\\tpassphrase")) {
            HttpApi.Response refused = admin.postJson("/api/admin/accounts", account.formatted(password));
            assertFieldsAtFault(refused, 400, "password");
            assertThat(refused.body()).as(password).doesNotContain(password);
        }
        assertThat(admin.postJson("/api/admin/accounts", account.formatted("a long passphrase")).status()).isEqualTo(201);
    }

    @Test
    void anAdministratorChangesAccessAndIssuesAResetLinkAndEveryChangeIsInTheAuditExport() {
        FeedbackFixture fixture = new FeedbackFixture(api());
        String email = fixture.createAccount("STAFF", provider);
        String id = idOf(email);
        HttpApi person = api().bearer(fixture.token(email, FeedbackFixture.PASSWORD));
        assertThat(person.get("/api/moderation/queue").status()).isEqualTo(403);

        HttpApi.Response changed = admin.put("/api/admin/accounts/" + id + "/access", "application/json",
                "{\"roles\": [\"MODERATOR\"]}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(person.get("/api/moderation/queue").status()).as("the same token, the new access").isEqualTo(200);
        assertFieldsAtFault(admin.put("/api/admin/accounts/" + id + "/access", "application/json",
                "{\"roles\": [\"STAFF\"]}"), 422, "providerCodes");

        HttpApi.Response link = admin.post("/api/admin/accounts/" + id + "/reset-link", "application/json", "");
        assertThat(link.status()).as(link.body()).isEqualTo(201);
        String token = link.json().get("token").asString();
        String reset = "{\"token\": \"%s\", \"newPassword\": \"%s\"}";
        assertFieldsAtFault(api().postJson("/api/auth/password-reset", reset.formatted(token, "password1234")), 400,
                "newPassword");
        assertThat(api().postJson("/api/auth/password-reset", reset.formatted(token, "a fresh long passphrase"))
                .status()).isEqualTo(204);
        assertFieldsAtFault(api().postJson("/api/auth/password-reset", reset.formatted(token, "another passphrase")),
                422, "token");
        assertThat(person.get("/api/moderation/queue").status()).as("a token from before the reset").isEqualTo(401);
        assertThat(fixture.token(email, "a fresh long passphrase")).isNotBlank();
        assertThat(mongo.getCollection("password_resets").countDocuments(new Document("accountId", id)))
                .as("used, so gone").isZero();

        HttpApi.Response audit = admin.get("/api/admin/accounts/audit");
        assertThat(audit.contentType()).startsWith("text/csv");
        assertThat(audit.body()).startsWith("at,actor,accountId,action,detail")
                .contains(id + ",created,", id + ",access-changed,", id + ",reset-link-issued,", id + ",password-reset,")
                .contains("[STAFF]").contains("[MODERATOR]")
                .doesNotContain(token, "a fresh long passphrase", FeedbackFixture.PASSWORD, "bcrypt");
    }

    @Test
    void peopleChangeTheirOwnPasswordGivingTheCurrentOne() {
        FeedbackFixture fixture = new FeedbackFixture(api());
        String email = fixture.createAccount("MODERATOR");
        HttpApi me = api().bearer(fixture.token(email, FeedbackFixture.PASSWORD));
        String change = "{\"currentPassword\": \"%s\", \"newPassword\": \"%s\"}";

        assertFieldsAtFault(me.postJson("/api/account/password", change.formatted("not my password", "my new passphrase")),
                400, "currentPassword");
        assertFieldsAtFault(me.postJson("/api/account/password", change.formatted(FeedbackFixture.PASSWORD, "qwertyuiop1234")),
                400, "newPassword");
        assertThat(me.postJson("/api/account/password", change.formatted(FeedbackFixture.PASSWORD, "my new passphrase"))
                .status()).isEqualTo(204);

        assertThat(me.get("/api/moderation/queue").status()).as("the token obtained with the old password").isEqualTo(401);
        assertThat(api().bearer(fixture.token(email, "my new passphrase")).get("/api/moderation/queue").status())
                .isEqualTo(200);
        assertThat(api().postJson("/api/auth/token", "{\"email\": \"%s\", \"password\": \"%s\"}"
                .formatted(email, FeedbackFixture.PASSWORD)).status()).isEqualTo(401);
        assertThat(admin.get("/api/admin/accounts/audit").body()).contains(idOf(email) + ",password-changed,");
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        String self = idOf(FeedbackFixture.ADMIN_EMAIL);

        assertFieldsAtFault(admin.post("/api/admin/accounts/" + self + "/disable", "application/json", ""), 409, "id");
        assertFieldsAtFault(admin.put("/api/admin/accounts/" + self + "/access", "application/json",
                "{\"roles\": [\"MODERATOR\"]}"), 409, "roles");
        assertThat(admin.get("/api/admin/accounts").status()).isEqualTo(200);
    }

    private String idOf(String email) {
        for (JsonNode account : admin.get("/api/admin/accounts").json()) {
            if (account.get("email").asString().equals(email)) {
                return account.get("id").asString();
            }
        }
        throw new AssertionError("no account " + email);
    }
}
