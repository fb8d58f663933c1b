package org.carefeed.feedback.auth;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code carefeed.sign-in.*}: how repeated failures slow sign-in down.
 *
 * @param freeFailures        failures for one account from one address before each further attempt
 *                            from there waits
 * @param firstWait           the wait after the first failure beyond those; it doubles with each
 *                            further failure
 * @param longestWait         the most an attempt ever waits
 * @param addressFreeFailures failures from one address, over every account, before that address is
 *                            slowed down too, by the first wait more per failure (guessing across accounts)
 * @param longestAddressWait  the most that address-wide wait grows to
 * @param forgetAfter         failures older than this no longer count
 */
@ConfigurationProperties("carefeed.sign-in")
record SignInThrottleProperties(
        @DefaultValue("5") int freeFailures,
        @DefaultValue("2s") Duration firstWait,
        @DefaultValue("15m") Duration longestWait,
        @DefaultValue("100") int addressFreeFailures,
        @DefaultValue("1m") Duration longestAddressWait,
        @DefaultValue("1h") Duration forgetAfter) {
}
