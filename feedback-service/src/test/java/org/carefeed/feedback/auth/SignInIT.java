package org.carefeed.feedback.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carefeed.testsupport.ProblemAssertions.assertFieldsAtFault;
import static org.carefeed.testsupport.ProblemAssertions.assertProblem;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.bson.Document;
import org.carefeed.feedback.FeedbackFixture;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Signing in for a token, and the lock that repeated failures put on an account. */
class SignInIT extends IntegrationTest {

    @Autowired
    MongoTemplate mongo;

    FeedbackFixture fixture;
    String email;

    @BeforeEach
    void setUp() {
        fixture = new FeedbackFixture(api());
        email = fixture.createAccount("MODERATOR");
    }

    private HttpApi.Response signIn(String emailAddress, String password) {
        return api().postJson("/api/auth/token", """
                {"email": "%s", "password": "%s"}""".formatted(emailAddress, password));
    }

    @Test
    void rightPasswordGivesAShortLivedBearerToken() {
        HttpApi.Response response = signIn(email.toUpperCase(), FeedbackFixture.PASSWORD);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(response.json().get("expiresIn").asLong()).isEqualTo(900);
        assertThat(api().bearer(response.json().get("accessToken").asString()).get("/api/moderation/queue").status())
                .isEqualTo(200);
        Document stored = mongo.findOne(Query.query(Criteria.where("email").is(email)), Document.class, "accounts");
        assertThat(stored.getString("passwordHash")).startsWith("{bcrypt}").doesNotContain(FeedbackFixture.PASSWORD);
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        HttpApi.Response wrongPassword = signIn(email, "not the password");
        HttpApi.Response unknown = signIn("nobody@test.carefeed", "not the password");

        assertProblem(wrongPassword, 401);
        assertProblem(unknown, 401);
        assertThat(wrongPassword.json().get("detail")).isEqualTo(unknown.json().get("detail"));
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPasswordUntilTheLockEnds() {
        for (int attempt = 0; attempt < 5; attempt++) {
            assertProblem(signIn(email, "guess " + attempt), 401);
        }

        assertProblem(signIn(email, FeedbackFixture.PASSWORD), 401);
        Document locked = mongo.findOne(Query.query(Criteria.where("email").is(email)), Document.class, "accounts");
        assertThat(locked.getDate("lockedUntil")).isInTheFuture();

        mongo.updateFirst(Query.query(Criteria.where("email").is(email)),
                Update.update("lockedUntil", java.util.Date.from(java.time.Instant.now().minusSeconds(1))), "accounts");
        assertThat(signIn(email, FeedbackFixture.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void parallelGuessesAllCountTowardsTheLock() throws Exception {
        List<Callable<Integer>> guesses = IntStream.range(0, 8)
                .<Callable<Integer>>mapToObj(attempt -> () -> signIn(email, "parallel guess " + attempt).status())
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Integer> answer : pool.invokeAll(guesses)) {
                assertThat(answer.get()).as("every failure gets the same answer").isEqualTo(401);
            }
        } finally {
            pool.shutdown();
        }

        assertProblem(signIn(email, FeedbackFixture.PASSWORD), 401);
    }

    @Test
    void successResetsTheCountOfFailures() {
        for (int attempt = 0; attempt < 4; attempt++) {
            signIn(email, "guess " + attempt);
        }
        assertThat(signIn(email, FeedbackFixture.PASSWORD).status()).isEqualTo(200);

        for (int attempt = 0; attempt < 4; attempt++) {
            signIn(email, "guess again " + attempt);
        }
        assertThat(signIn(email, FeedbackFixture.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void badSignInRequestsNameTheField() {
        assertFieldsAtFault(api().postJson("/api/auth/token", "{\"email\": {\"$ne\": \"\"}, \"password\": \"x\"}"),
                400, "email");
        assertFieldsAtFault(api().postJson("/api/auth/token", "{\"email\": \"a@b.c\"}"), 400, "password");
        // More than the password hash reads, in characters or in bytes, and control characters.
        for (String password : new String[] {"x".repeat(73), "é".repeat(37), "line\\nbreak password"}) {
            assertFieldsAtFault(api().postJson("/api/auth/token",
                    "{\"email\": \"a@b.c\", \"password\": \"" + password + "\"}"), 400, "password");
        }
    }
}
