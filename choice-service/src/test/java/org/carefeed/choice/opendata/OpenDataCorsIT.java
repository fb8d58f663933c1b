package org.carefeed.choice.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

/** As a browser on another site asks: with an Origin header, and a preflight before anything unusual. */
class OpenDataCorsIT extends IntegrationTest {

    private static final String ELSEWHERE = "https://maps.example.org";

    private HttpApi fromElsewhere() {
        return api().withHeader("Origin", ELSEWHERE);
    }

    @Test
    void anyPageMayReadTheOpenData() {
        HttpApi.Response providers = fromElsewhere().get("/api/providers?limit=1");

        assertThat(providers.status()).isEqualTo(200);
        assertThat(providers.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(providers.header("Access-Control-Allow-Credentials")).isNull();
        assertThat(providers.header("Access-Control-Expose-Headers")).contains("ETag", "Link");
    }

    @Test
    void aPreflightForAConditionalGetIsAllowed() {
        HttpApi.Response preflight = fromElsewhere().withHeader("Access-Control-Request-Method", "GET")
                .withHeader("Access-Control-Request-Headers", "if-none-match")
                .send("OPTIONS", "/api/providers/ZZ101/reviews");

        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("GET").doesNotContain("POST");
    }

    @Test
    void noPageElsewhereMayWrite() {
        HttpApi.Response preflight = fromElsewhere().withHeader("Access-Control-Request-Method", "POST")
                .send("OPTIONS", "/api/providers");

        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void theAdminApiIsNotReachableCrossOrigin() {
        HttpApi.Response read = fromElsewhere().get("/api/admin/imports");
        HttpApi.Response preflight = fromElsewhere().withHeader("Access-Control-Request-Method", "GET")
                .withHeader("Access-Control-Request-Headers", "authorization").send("OPTIONS", "/api/admin/imports");

        assertThat(read.status()).isEqualTo(401);
        assertThat(read.header("Access-Control-Allow-Origin")).isNull();
        // Without these a browser stops at the preflight and never sends the request.
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(preflight.header("Access-Control-Allow-Methods")).isNull();
    }
}
