package org.carefeed.feedback.account;

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
@Document(Account.COLLECTION)
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

    static final String COLLECTION = "accounts";

    public boolean has(Role role) {
        return roles.contains(role);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    Account withDisabled(boolean disabled) {
        return new Account(id, email, displayName, passwordHash, roles, providerCodes, disabled, failedSignIns,
                lockedUntil, createdAt, version);
    }
}
