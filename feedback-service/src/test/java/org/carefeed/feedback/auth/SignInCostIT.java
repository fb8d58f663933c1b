package org.carefeed.feedback.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.carefeed.feedback.FeedbackFixture;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Whether an account exists must not show in what a sign-in costs: counted, not timed, every attempt
 * that goes ahead checks exactly one password hash, and one told to wait checks none.
 */
@Import(SignInCostIT.CountingEncoder.class)
class SignInCostIT extends IntegrationTest {

    /** The service's own encoder, counting its password checks. */
    @TestConfiguration
    static class CountingEncoder {

        static final AtomicInteger CHECKS = new AtomicInteger();

        @Bean
        @Primary
        PasswordEncoder countingPasswordEncoder() {
            PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
            return new PasswordEncoder() {
                @Override
                public String encode(CharSequence rawPassword) {
                    return real.encode(rawPassword);
                }

                @Override
                public boolean matches(CharSequence rawPassword, String encodedPassword) {
                    CHECKS.incrementAndGet();
                    return real.matches(rawPassword, encodedPassword);
                }
            };
        }
    }

    @Autowired
    PasswordEncoder encoder;

    private int checksFor(String email, String password, int expectedStatus) {
        int before = CountingEncoder.CHECKS.get();
        HttpApi.Response response = api().postJson("/api/auth/token", """
                {"email": "%s", "password": "%s"}""".formatted(email, password));
        assertThat(response.status()).as(response.body()).isEqualTo(expectedStatus);
        return CountingEncoder.CHECKS.get() - before;
    }

    @Test
    void knownAndUnknownAccountsCostOnePasswordCheckAndAWaitCostsNone() {
        String email = new FeedbackFixture(api()).createAccount("MODERATOR");

        assertThat(checksFor(email, FeedbackFixture.PASSWORD, 200)).as("right password").isEqualTo(1);
        assertThat(checksFor(email, "not the password", 401)).as("wrong password").isEqualTo(1);
        assertThat(checksFor("nobody-at-all@test.carefeed", "not the password", 401)).as("unknown account").isEqualTo(1);
        for (int i = 0; i < 4; i++) {
            checksFor(email, "another wrong guess", 401);
        }
        assertThat(checksFor(email, FeedbackFixture.PASSWORD, 429)).as("told to wait").isZero();
        assertThat(encoder.encode("x")).as("the counting encoder is the one in use").startsWith("{bcrypt}");
    }
}
