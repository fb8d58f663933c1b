package org.carefeed.feedback.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carefeed.testsupport.ProblemAssertions.assertProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.carefeed.feedback.FeedbackFixture;
import org.carefeed.feedback.directory.DirectoryFixture;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the service has a rule of who may call it, and each rule holds: nobody signed in
 * gets a 401 wherever a sign-in is needed, and the roles a rule leaves out get a 403, before anything
 * is read or changed. An endpoint added without a rule here fails the first test. Which provider's
 * staff may reach what is the job of {@link AuthorizationMatrixIT}, which goes endpoint by endpoint.
 */
class EndpointAccessIT extends IntegrationTest {

    /** Who may call an endpoint at all. */
    enum Access {
        /** Patients and anyone: no account (the private links' secrets are their key). */
        ANYONE,
        /**
         * Anyone, but only from the review form: a post without the form's CSRF token (cookie and field)
         * is refused with a 403 page, unless it carries a bearer token, which no other site can make a
         * browser send.
         */
        ANYONE_FROM_THE_FORM,
        /** Any signed-in account, for its own account. */
        SIGNED_IN,
        STAFF,
        MODERATOR,
        ADMIN
    }

    private static final Map<String, Access> RULES = new TreeMap<>(Map.ofEntries(
            Map.entry("POST /api/auth/token", Access.ANYONE),
            Map.entry("POST /api/auth/password-reset", Access.ANYONE),
            Map.entry("POST /api/reviews", Access.ANYONE),
            Map.entry("GET /api/reviews/{id}", Access.ANYONE),
            Map.entry("GET /api/reviews/terms", Access.ANYONE),
            Map.entry("POST /api/reviews/{id}/reports", Access.ANYONE),
            Map.entry("GET /api/review-links/{secret}", Access.ANYONE),
            Map.entry("POST /api/review-links/{secret}/withdraw", Access.ANYONE),
            Map.entry("POST /api/review-links/{secret}/erase", Access.ANYONE),
            Map.entry("POST /api/complaints", Access.ANYONE),
            Map.entry("GET /api/complaint-links/{secret}", Access.ANYONE),
            Map.entry("POST /api/account/password", Access.SIGNED_IN),
            Map.entry("POST /api/account/second-factor", Access.SIGNED_IN),
            Map.entry("POST /api/account/second-factor/confirm", Access.SIGNED_IN),
            Map.entry("POST /api/reviews/{id}/response", Access.STAFF),
            Map.entry("POST /api/complaints/{reference}/status", Access.STAFF),
            Map.entry("GET /api/providers/{code}/feedback", Access.STAFF),
            Map.entry("GET /api/providers/{code}/feedback/summary", Access.STAFF),
            Map.entry("GET /api/providers/{code}/feedback/safeguarding", Access.STAFF),
            Map.entry("POST /api/providers/{code}/feedback/reviews/{id}/safeguarding", Access.STAFF),
            Map.entry("POST /api/providers/{code}/feedback/reviews/{id}/safeguarding/resolution", Access.STAFF),
            Map.entry("POST /api/providers/{code}/feedback/complaints/{reference}/safeguarding", Access.STAFF),
            Map.entry("POST /api/providers/{code}/feedback/complaints/{reference}/safeguarding/resolution", Access.STAFF),
            Map.entry("GET /api/moderation/queue", Access.MODERATOR),
            Map.entry("GET /api/moderation/reviews/{id}", Access.MODERATOR),
            Map.entry("POST /api/moderation/reviews/{id}/decision", Access.MODERATOR),
            Map.entry("POST /api/moderation/reviews/{id}/safeguarding", Access.MODERATOR),
            Map.entry("POST /api/moderation/reviews/{id}/safeguarding/resolution", Access.MODERATOR),
            Map.entry("GET /api/moderation/safeguarding", Access.MODERATOR),
            Map.entry("GET /api/admin/accounts", Access.ADMIN),
            Map.entry("POST /api/admin/accounts", Access.ADMIN),
            Map.entry("POST /api/admin/accounts/{id}/disable", Access.ADMIN),
            Map.entry("POST /api/admin/accounts/{id}/enable", Access.ADMIN),
            Map.entry("PUT /api/admin/accounts/{id}/access", Access.ADMIN),
            Map.entry("POST /api/admin/accounts/{id}/reset-link", Access.ADMIN),
            Map.entry("POST /api/admin/accounts/{id}/second-factor/reset", Access.ADMIN),
            Map.entry("GET /api/admin/accounts/audit", Access.ADMIN),
            Map.entry("POST /api/admin/reviews/{id}/erasure", Access.ADMIN),
            Map.entry("POST /api/admin/complaints/{reference}/erasure", Access.ADMIN),
            // The "Leave a review" pages (review.web): anonymous, like POST /api/reviews.
            Map.entry("GET /review", Access.ANYONE),
            Map.entry("GET /review/provider", Access.ANYONE),
            Map.entry("POST /review/{slug}", Access.ANYONE),
            Map.entry("POST /review/{slug}/change", Access.ANYONE),
            Map.entry("POST /review/submit", Access.ANYONE_FROM_THE_FORM),
            Map.entry("GET /review/form-expired", Access.ANYONE),
            Map.entry("POST /review/form-expired", Access.ANYONE),
            Map.entry("GET /review/status/{secret}", Access.ANYONE),
            Map.entry("POST /review/status/{secret}/withdraw", Access.ANYONE)));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    Map<String, HttpApi> callers;

    @BeforeEach
    void setUp() throws Exception {
        FeedbackFixture fixture = new FeedbackFixture(api());
        String provider = FeedbackFixture.uniqueCode();
        new DirectoryFixture(kafkaTemplate, mongo).open(provider);
        callers = Map.of(
                "staff", fixture.newAccount("STAFF", provider),
                "moderator", fixture.newAccount("MODERATOR"),
                "admin", fixture.asAdmin());
    }

    @Test
    void everyEndpointHasARule() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach((RequestMappingInfo info) ->
                info.getPathPatternsCondition().getPatternValues().stream().filter(path -> path.startsWith("/api/") || path.startsWith("/review"))
                        .forEach(path -> info.getMethodsCondition().getMethods()
                                .forEach(method -> endpoints.add(method + " " + path))));

        assertThat(endpoints).isEqualTo(RULES.keySet());
    }

    @Test
    void nobodyAndTheRolesARuleLeavesOutAreRefusedEverywhere() {
        List<String> wrong = new ArrayList<>();
        RULES.forEach((endpoint, access) -> {
            if (access == Access.ANYONE_FROM_THE_FORM) {
                int status = call(endpoint, api()).status();
                if (status != 403) {
                    wrong.add(endpoint + " without the form's token gave " + status + ", not 403");
                }
                // A bearer token is no cookie: no other site can make a browser send it (Spring Security
                // skips CSRF for it), so these callers are admitted.
                callers.values().forEach(caller -> check(endpoint, caller, null, wrong));
                return;
            }
            check(endpoint, api(), access == Access.ANYONE ? null : 401, wrong);
            for (Map.Entry<String, HttpApi> caller : callers.entrySet()) {
                boolean allowed = switch (access) {
                    case ANYONE, SIGNED_IN -> true;
                    default -> caller.getKey().equals(access.name().toLowerCase());
                };
                check(endpoint, caller.getValue(), allowed ? null : 403, wrong);
            }
        });
        assertThat(wrong).isEmpty();
    }

    /**
     * Calls the endpoint with made-up ids and an empty body: a refusal must be the expected status
     * with a problem body; an admitted call may fail in any other way (400, 404, 409, 422) but not
     * with 401 or 403.
     */
    private void check(String endpoint, HttpApi caller, Integer refused, List<String> wrong) {
        HttpApi.Response response = call(endpoint, caller);
        if (refused != null) {
            if (response.status() != refused) {
                wrong.add(endpoint + " gave " + response.status() + ", not " + refused);
            } else {
                assertProblem(response, refused);
            }
        } else if (response.status() == 401 || response.status() == 403) {
            wrong.add(endpoint + " refused a caller it should admit: " + response.body());
        }
    }

    private static HttpApi.Response call(String endpoint, HttpApi caller) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                .replace("{code}", "ZZZ99").replace("{reference}", "CF-1999-000001")
                .replace("{id}", "00000000-0000-0000-0000-000000000000").replace("{secret}", "made-up-secret")
                .replace("{slug}", "rating");
        return switch (method) {
            case "GET" -> caller.get(path);
            case "PUT" -> caller.put(path, "application/json", "{}");
            default -> caller.post(path, "application/json", "{}");
        };
    }
}
