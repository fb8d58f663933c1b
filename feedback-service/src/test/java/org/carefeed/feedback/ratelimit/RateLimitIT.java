package org.carefeed.feedback.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carefeed.testsupport.ProblemAssertions.assertProblem;

import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Low limits in a context of their own: all test requests come from one address, so they would
 * otherwise trip each other.
 */
@TestPropertySource(properties = {
        "carefeed.rate-limits.sign-in.requests=3", "carefeed.rate-limits.sign-in.per=1h",
        "carefeed.rate-limits.submissions.requests=2", "carefeed.rate-limits.submissions.per=1h"})
class RateLimitIT extends IntegrationTest {

    @Test
    void signInAttemptsBeyondTheLimitGet429WithRetryAfter() {
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(signIn().status()).isEqualTo(401);
        }

        HttpApi.Response limited = signIn();

        assertProblem(limited, 429);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 3600L);
        assertProblem(api().postJson("/api/auth/token;jsessionid=x", "{}"), 429);
    }

    @Test
    void submissionsShareOneLimitAcrossReviewsComplaintsAndReports() {
        assertThat(api().postJson("/api/reviews", "{}").status()).isEqualTo(400);
        assertThat(api().postJson("/api/complaints", "{}").status()).isEqualTo(400);

        assertProblem(api().postJson("/api/reviews/00000000-0000-0000-0000-000000000000/reports", "{}"), 429);
        assertThat(api().get("/api/reviews/00000000-0000-0000-0000-000000000000").status())
                .as("reading is not limited").isEqualTo(404);
    }

    private HttpApi.Response signIn() {
        return api().postJson("/api/auth/token", "{\"email\": \"nobody@test.carefeed\", \"password\": \"guess\"}");
    }
}
