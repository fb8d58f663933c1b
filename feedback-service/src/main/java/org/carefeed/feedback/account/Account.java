package org.carefeed.feedback.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person who signs in. The password is only ever stored hashed, in Spring Security's
 * {@code {id}hash} format, so the hashing algorithm can be upgraded later without a migration.
 *
 * @param email          lower case; unique
 * @param providerCodes  for staff, the providers they work for (a trust's code covers its sites)
 * @param failedSignIns  consecutive failed sign-ins, reset by a successful one
 * @param lockedUntil    sign-in refused until then, even with the right password
 */
@Document("accounts")
public record Account(
        @Id String id,
        @Indexed(unique = true) String email,
        String displayName,
        String passwordHash,
        Set<Role> roles,
        List<String> providerCodes,
        boolean disabled,
        int failedSignIns,
        Instant lockedUntil,
        Instant createdAt,
        @Version Long version) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    Account afterFailedSignIn(Instant now, int maxFailures, Duration lockFor) {
        int failures = failedSignIns + 1;
        Instant lock = failures >= maxFailures ? now.plus(lockFor) : lockedUntil;
        return new Account(id, email, displayName, passwordHash, roles, providerCodes, disabled,
                failures >= maxFailures ? 0 : failures, lock, createdAt, version);
    }

    Account afterSuccessfulSignIn() {
        return new Account(id, email, displayName, passwordHash, roles, providerCodes, disabled, 0, null, createdAt,
                version);
    }

    Account withDisabled(boolean disabled) {
        return new Account(id, email, displayName, passwordHash, roles, providerCodes, disabled, failedSignIns,
                lockedUntil, createdAt, version);
    }
}
