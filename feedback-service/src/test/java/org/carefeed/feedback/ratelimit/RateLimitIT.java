package org.carefeed.feedback.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carefeed.testsupport.ProblemAssertions.assertProblem;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Low limits in a context of their own, each test a client of its own behind 127.0.0.1, trusted here
 * as a proxy: the counts are kept in MongoDB, shared by every context of this JVM.
 */
@TestPropertySource(properties = {
        "carefeed.rate-limits.sign-in.requests=3", "carefeed.rate-limits.sign-in.per=1h",
        "carefeed.rate-limits.submissions.requests=2", "carefeed.rate-limits.submissions.per=1h",
        "carefeed.trusted-proxies=127.0.0.1"})
class RateLimitIT extends IntegrationTest {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Autowired
    MongoTemplate mongo;

    @Test
    void signInAttemptsBeyondTheLimitGet429WithRetryAfter() {
        HttpApi client = newClient();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(signIn(client).status()).isEqualTo(401);
        }

        HttpApi.Response limited = signIn(client);

        assertProblem(limited, 429);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 3600L);
        assertProblem(client.postJson("/api/auth/token;jsessionid=x", "{}"), 429);
    }

    @Test
    void submissionsShareOneLimitAcrossReviewsComplaintsAndReports() {
        HttpApi client = newClient();
        assertThat(client.postJson("/api/reviews", "{}").status()).isEqualTo(400);
        assertThat(client.postJson("/api/complaints", "{}").status()).isEqualTo(400);

        assertProblem(client.postJson("/api/reviews/00000000-0000-0000-0000-000000000000/reports", "{}"), 429);
        assertThat(client.get("/api/reviews/00000000-0000-0000-0000-000000000000").status())
                .as("reading is not limited").isEqualTo(404);
    }

    @Test
    void theReviewFormsSubmitCountsAsASubmissionToo() {
        HttpApi client = newClient();
        assertThat(client.postJson("/api/reviews", "{}").status()).isEqualTo(400);
        assertThat(client.post("/review/submit", "application/x-www-form-urlencoded", "title=x").status())
                .as("refused without the form's token, and counted").isEqualTo(403);

        assertProblem(client.post("/review/submit", "application/x-www-form-urlencoded", "title=x"), 429);
    }

    /** The tests reach the service from 127.0.0.1, trusted here as the proxy in front of it. */
    @Test
    void behindATrustedProxyEachClientHasItsOwnLimit() {
        String firstAddress = newAddress();
        HttpApi first = api().withHeader("X-Forwarded-For", firstAddress);
        HttpApi second = newClient();
        assertThat(first.postJson("/api/complaints", "{}").status()).isEqualTo(400);
        assertThat(first.postJson("/api/complaints", "{}").status()).isEqualTo(400);

        assertProblem(first.postJson("/api/complaints", "{}"), 429);
        assertThat(second.postJson("/api/complaints", "{}").status()).as("another client").isEqualTo(400);
        assertProblem(api().withHeader("X-Forwarded-For", "192.0.2.9, " + firstAddress)
                .postJson("/api/complaints", "{}"), 429);
    }

    /** Two instances of the service count against one limit: the counts are in MongoDB, not in memory. */
    @Test
    void instancesShareTheCount() {
        SharedWindowLimiter one = new SharedWindowLimiter(mongo, "test-shared", 3, Duration.ofHours(1), Clock.systemUTC());
        SharedWindowLimiter other = new SharedWindowLimiter(mongo, "test-shared", 3, Duration.ofHours(1), Clock.systemUTC());

        assertThat(one.acquire("203.0.113.1")).isEmpty();
        assertThat(other.acquire("203.0.113.1")).isEmpty();
        assertThat(one.acquire("203.0.113.1")).isEmpty();

        assertThat(other.acquire("203.0.113.1")).as("the fourth, whichever instance counts it").isPresent();
        assertThat(other.acquire("203.0.113.2")).isEmpty();
    }

    /**
     * A client of its own behind the trusted proxy: the counts are shared by every test context in this
     * JVM (they are in MongoDB), and 127.0.0.1 has signed in many times before this test.
     */
    private HttpApi newClient() {
        return api().withHeader("X-Forwarded-For", newAddress());
    }

    private static String newAddress() {
        return "2001:db8:" + Integer.toHexString(COUNTER.incrementAndGet()) + ":"
                + Integer.toHexString((int) (System.nanoTime() & 0xffff)) + "::1";
    }

    private static HttpApi.Response signIn(HttpApi client) {
        return client.postJson("/api/auth/token", "{\"email\": \"nobody@test.carefeed\", \"password\": \"guess\"}");
    }
}
