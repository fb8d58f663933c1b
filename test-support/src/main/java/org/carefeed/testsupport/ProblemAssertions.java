package org.carefeed.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

/** What every RFC 9457 answer must look like, for tests of the HTTP edge. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** A problem detail with this status, a detail text, and no internals. */
    public static void assertProblem(HttpApi.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).as(response.body()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "at org.", "at java.");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    /** A 400 whose first field at fault is {@code parameter}. */
    public static void assertBadParameter(HttpApi.Response response, String parameter) {
        assertProblem(response, 400);
        assertThat(response.json().at("/errors/0/field").asString()).as(response.body()).isEqualTo(parameter);
    }

    /** A problem whose errors name exactly these fields, in any order. */
    public static void assertFieldsAtFault(HttpApi.Response response, int status, String... fields) {
        assertProblem(response, status);
        java.util.List<String> named = new java.util.ArrayList<>();
        response.json().get("errors").forEach(error -> {
            named.add(error.get("field").asString());
            assertThat(error.get("message").asString()).isNotBlank();
        });
        assertThat(named).as(response.body()).containsExactlyInAnyOrder(fields);
    }
}
