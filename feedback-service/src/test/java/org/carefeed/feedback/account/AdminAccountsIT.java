package org.carefeed.feedback.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carefeed.testsupport.ProblemAssertions.assertFieldsAtFault;

import java.util.List;

import org.carefeed.feedback.FeedbackFixture;
import org.carefeed.feedback.directory.DirectoryFixture;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

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
}
