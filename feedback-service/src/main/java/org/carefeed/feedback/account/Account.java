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
 * @param passwordChangedAt when the password was last changed or reset; tokens issued before it no
 *                       longer count, so a stolen token dies with the password it was obtained with
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
        Instant createdAt,
        Instant passwordChangedAt,
        @Version Long version) {

    static final String COLLECTION = "accounts";

    public boolean has(Role role) {
        return roles.contains(role);
    }

    Account withAccess(Set<Role> newRoles, List<String> newProviderCodes) {
        return new Account(id, email, displayName, passwordHash, newRoles, newProviderCodes, disabled, createdAt,
                passwordChangedAt, version);
    }

    Account withPassword(String newHash, Instant changedAt) {
        return new Account(id, email, displayName, newHash, roles, providerCodes, disabled, createdAt, changedAt,
                version);
    }

    /** The token claim that says which password the token was obtained with. */
    public static final String PASSWORD_CLAIM = "pwc";

    /** When the current password was set, in epoch milliseconds; 0 for the password the account was created with. */
    public long passwordStamp() {
        return passwordChangedAt == null ? 0 : passwordChangedAt.toEpochMilli();
    }

    /** Whether a token obtained with the password of that stamp still counts: not once the password changed. */
    public boolean acceptsTokenOf(Object stamp) {
        long given = stamp instanceof Number number ? number.longValue() : 0;
        return given == passwordStamp();
    }

    Account withDisabled(boolean disabled) {
        return new Account(id, email, displayName, passwordHash, roles, providerCodes, disabled, createdAt,
                passwordChangedAt, version);
    }
}
