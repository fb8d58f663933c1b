package org.carefeed.feedback.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final SignInThrottle throttle = new SignInThrottle(null, new SignInThrottleProperties(5,
            Duration.ofSeconds(2), Duration.ofMinutes(15), 100, Duration.ofMinutes(1), Duration.ofHours(1)),
            Clock.systemUTC());

    @Test
    void theWaitStartsAfterTheFreeFailuresDoublesAndStopsGrowing() {
        assertThat(throttle.accountWait(4)).isZero();
        assertThat(throttle.accountWait(5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.accountWait(6)).isEqualTo(Duration.ofSeconds(4));
        assertThat(throttle.accountWait(13)).isEqualTo(Duration.ofSeconds(512));
        assertThat(throttle.accountWait(14)).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.accountWait(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theAddressWideWaitGrowsByTheFirstWaitAtATime() {
        assertThat(throttle.addressWait(99)).isZero();
        assertThat(throttle.addressWait(100)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.addressWait(114)).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.addressWait(1_000)).isEqualTo(Duration.ofMinutes(1));
    }
}
