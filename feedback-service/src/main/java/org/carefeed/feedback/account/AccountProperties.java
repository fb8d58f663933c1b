package org.carefeed.feedback.account;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code carefeed.accounts.*}: sign-in lockout, and accounts to create at start-up if they do not
 * exist yet. Production configuration seeds nothing; the local stack seeds its demo accounts, and an
 * operator can seed the first administrator the same way (by environment, never in a file).
 *
 * @param maxFailedSignIns consecutive failures that lock an account
 * @param lockFor          how long a locked account stays locked
 * @param seed             accounts to create when no account has their email yet
 */
@ConfigurationProperties("carefeed.accounts")
record AccountProperties(
        @DefaultValue("5") int maxFailedSignIns,
        @DefaultValue("15m") Duration lockFor,
        @DefaultValue List<Seed> seed) {

    record Seed(String email, String password, String displayName, Set<Role> roles, List<String> providerCodes) {
    }
}
