package org.carefeed.feedback.account;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code carefeed.accounts.*}: accounts to create at start-up if they do not
 * exist yet. Production configuration seeds nothing; the local stack seeds its demo accounts, and an
 * operator can seed the first administrator the same way (by environment, never in a file).
 *
 * @param resetLinkLifetime how long a password reset link an administrator issued keeps working
 * @param seed             accounts to create when no account has their email yet
 */
@ConfigurationProperties("carefeed.accounts")
record AccountProperties(
        @DefaultValue("24h") Duration resetLinkLifetime,
        @DefaultValue List<Seed> seed) {

    record Seed(String email, String password, String displayName, Set<Role> roles, List<String> providerCodes) {
    }
}
