package org.carefeed.feedback.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carefeed.testsupport.ProblemAssertions.assertFieldsAtFault;
import static org.carefeed.testsupport.ProblemAssertions.assertProblem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
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

/** Signing in for a token, and how repeated failures slow further attempts down without locking anyone out. */
class SignInIT extends IntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    SignInThrottle throttle;

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

    /** As if the last failure for this account had been {@code seconds} earlier. */
    private void failedEarlier(String emailAddress, long seconds) {
        mongo.updateMulti(Query.query(Criteria.where("_id").regex("^account:" + sha256(emailAddress.toLowerCase()))),
                Update.update("lastFailureAt", Date.from(Instant.now().minusSeconds(seconds))), SignInThrottle.COLLECTION);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The wait a 429 asks for, in seconds: at most what the rule gives, less any time the test itself took. */
    private static void assertWait(HttpApi.Response tooSoon, int seconds) {
        assertProblem(tooSoon, 429);
        assertThat(Integer.parseInt(tooSoon.header("Retry-After"))).isBetween(seconds - 1, seconds);
    }

    @Test
    void fiveFailuresSlowFurtherAttemptsFromThatAddressEvenWithTheRightPasswordButLockNothing() {
        for (int attempt = 0; attempt < 5; attempt++) {
            assertProblem(signIn(email, "guess " + attempt), 401);
        }

        HttpApi.Response tooSoon = signIn(email, FeedbackFixture.PASSWORD);
        assertWait(tooSoon, 2);
        assertThat(tooSoon.json().get("detail").asString()).contains("Try again in");
        // Nothing is locked: from anywhere else the owner signs in as usual.
        SignInThrottle.Attempt elsewhere = throttle.begin(email, "198.51.100.7");
        assertThat(elsewhere.allowed()).isTrue();
        throttle.finish(elsewhere, SignInThrottle.Result.ABANDONED);
        assertThat(mongo.findOne(Query.query(Criteria.where("email").is(email)), Document.class, "accounts"))
                .doesNotContainKeys("lockedUntil", "failedSignIns");

        failedEarlier(email, 3);
        assertThat(signIn(email, FeedbackFixture.PASSWORD).status()).as("after the wait").isEqualTo(200);
        assertProblem(signIn(email, "guess after success"), 401);
    }

    @Test
    void eachFurtherFailureDoublesTheWaitAndUnknownAccountsAreTreatedAlike() {
        String unknown = "nobody-" + UUID.randomUUID() + "@test.carefeed";
        for (int attempt = 0; attempt < 5; attempt++) {
            assertProblem(signIn(unknown, "guess " + attempt), 401);
        }
        assertWait(signIn(unknown, "guess 5"), 2);
        failedEarlier(unknown, 3);
        assertProblem(signIn(unknown, "guess 6"), 401);
        assertWait(signIn(unknown, "guess 7"), 4);
        failedEarlier(unknown, 5);
        assertProblem(signIn(unknown, "guess 8"), 401);
        assertWait(signIn(unknown, "guess 9"), 8);
    }

    @Test
    void parallelGuessesGoOneAtATimeSoNoBurstGetsPastTheFreeFailures() throws Exception {
        List<Callable<Integer>> guesses = IntStream.range(0, 12)
                .<Callable<Integer>>mapToObj(attempt -> () -> signIn(email, "parallel guess " + attempt).status())
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Integer> answers = new ArrayList<>();
        try {
            for (Future<Integer> answer : pool.invokeAll(guesses)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(answers).as("a failure, or come back later").allMatch(status -> status == 401 || status == 429);
        long checked = answers.stream().filter(status -> status == 401).count();
        assertThat(checked).as("password checks").isBetween(1L, 5L);
        Document counted = mongo.findOne(Query.query(Criteria.where("_id").regex("^account:" + sha256(email.toLowerCase()))),
                Document.class, SignInThrottle.COLLECTION);
        assertThat(counted.getInteger("failures")).as("every failure counted").isEqualTo((int) checked);
        assertThat(counted.getInteger("inFlight")).as("every claim ended").isZero();
    }

    @Test
    void manyFailuresFromOneAddressOverEveryAccountSlowThatAddressGently() {
        SignInThrottle strict = new SignInThrottle(mongo, new SignInThrottleProperties(5, Duration.ofMinutes(1),
                Duration.ofMinutes(15), 3, Duration.ofMinutes(10), Duration.ofHours(1)), Clock.systemUTC());
        String address = "203.0.113." + (1 + ThreadLocalRandom.current().nextInt(250));
        mongo.remove(Query.query(Criteria.where("_id").is("address:" + address)), SignInThrottle.COLLECTION);
        for (int account = 0; account < 3; account++) {
            SignInThrottle.Attempt guess = strict.begin("someone-" + account + "@test.carefeed", address);
            assertThat(guess.allowed()).isTrue();
            strict.finish(guess, SignInThrottle.Result.FAILED);
        }

        assertThat(strict.begin("someone-else@test.carefeed", address).retryAfter())
                .as("one failure-wait for the third failure over the address's free ones")
                .isBetween(Duration.ofSeconds(50), Duration.ofSeconds(60));
        assertThat(strict.begin("someone-else@test.carefeed", "203.0.113.254").allowed()).isTrue();
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
