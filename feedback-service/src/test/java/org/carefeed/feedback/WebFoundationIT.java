package org.carefeed.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * feedback-service serves the design system's assets and sends the pages' security headers (web module),
 * for the pages it will own, without changing what its API answers.
 */
class WebFoundationIT extends IntegrationTest {

    @Test
    void servesTheDesignSystemsAssets() {
        HttpApi.Response css = api().get("/assets/nhsuk/nhsuk-frontend.min.css");
        HttpApi.Response script = api().get("/assets/nhsuk/nhsuk-frontend.min.js");

        assertThat(css.status()).isEqualTo(200);
        assertThat(css.contentType()).startsWith("text/css");
        assertThat(css.header("Cache-Control")).isEqualTo("max-age=3600, public");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.contentType()).startsWith("text/javascript");
    }

    @Test
    void anApiAnswerCarriesTheHeadersAndWhatAPostAnswersIsNeverStored() {
        HttpApi.Response refused = api().postJson("/api/auth/token",
                "{\"email\": \"nobody@example.org\", \"password\": \"wrong\"}");

        assertThat(refused.status()).isBetween(400, 499);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("Cache-Control")).isEqualTo("no-store");
        assertThat(refused.header("Content-Security-Policy")).contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(refused.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
