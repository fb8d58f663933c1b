package org.carefeed.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.carefeed.testsupport.HttpApi;

/**
 * Drives feedback-service through its HTTP API as its users do: administrators create accounts,
 * people sign in for tokens, patients submit reviews and complaints, moderators decide.
 */
public final class FeedbackFixture {

    public static final String ADMIN_EMAIL = "admin@test.carefeed";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String PASSWORD = "correct horse battery";

    private final HttpApi api;

    public FeedbackFixture(HttpApi api) {
        this.api = api;
    }

    /** A provider code no other test uses, so tests sharing the database cannot see each other's data. */
    public static String uniqueCode() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase(Locale.ROOT);
    }

    public static String thisMonth() {
        return YearMonth.now(ZoneId.of("Europe/London")).toString();
    }

    /** A valid review of the provider; {@code title} and {@code text} are put in as they are. */
    public static String review(String providerCode, int rating, String title, String text) {
        return """
                {"providerCode": "%s", "serviceName": "Maternity", "rating": %d, "title": "%s", "text": "%s",
                 "visitMonth": "%s", "authorRole": "patient", "displayName": "Sam", "consentToPublish": true}
                """.formatted(providerCode, rating, title, text, thisMonth());
    }

    public static String complaint(String providerCode, String description) {
        return """
                {"providerCode": "%s", "category": "delays", "description": "%s",
                 "desiredOutcome": "An apology and a named contact", "happeningNow": false,
                 "contactName": "Alex Patient", "email": "alex@example.com", "phone": "0113 496 0000",
                 "preferredContact": "email", "consentToContact": true}
                """.formatted(providerCode, description);
    }

    public String token(String email, String password) {
        HttpApi.Response response = api.postJson("/api/auth/token", """
                {"email": "%s", "password": "%s"}
                """.formatted(email, password));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("accessToken").asString();
    }

    public HttpApi asAdmin() {
        return api.bearer(token(ADMIN_EMAIL, ADMIN_PASSWORD));
    }

    /** Creates an account through the admin API and signs it in. */
    public HttpApi newAccount(String role, String... providerCodes) {
        return api.bearer(token(createAccount(role, providerCodes), PASSWORD));
    }

    /** @return the new account's email */
    public String createAccount(String role, String... providerCodes) {
        String email = role.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@test.carefeed";
        HttpApi.Response created = asAdmin().postJson("/api/admin/accounts", """
                {"email": "%s", "displayName": "Test %s", "password": "%s", "roles": ["%s"], "providerCodes": [%s]}
                """.formatted(email, role, PASSWORD, role, quoted(providerCodes)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return email;
    }

    /** Submits a review; returns the receipt. */
    public HttpApi.Response submit(String reviewJson) {
        HttpApi.Response response = api.postJson("/api/reviews", reviewJson);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return response;
    }

    /** Submits a review and has a moderator publish it; returns its id. */
    public String published(HttpApi moderator, String reviewJson) {
        String id = submit(reviewJson).json().get("id").asString();
        decide(moderator, id, "{\"decision\": \"publish\"}");
        return id;
    }

    public HttpApi.Response decide(HttpApi moderator, String reviewId, String decisionJson) {
        return moderator.postJson("/api/moderation/reviews/" + reviewId + "/decision", decisionJson);
    }

    /** The path of a private link, to call it on this test's server whatever host the link names. */
    public static String pathOf(String link) {
        return URI.create(link).getPath();
    }

    private static String quoted(String... values) {
        return String.join(", ", java.util.Arrays.stream(values).map(value -> "\"" + value + "\"").toList());
    }
}
