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
        @Version Long version) {

    static final String COLLECTION = "accounts";

    public boolean has(Role role) {
        return roles.contains(role);
    }

    Account withAccess(Set<Role> newRoles, List<String> newProviderCodes) {
        return new Account(id, email, displayName, passwordHash, newRoles, newProviderCodes, disabled, createdAt, version);
    }

    Account withPasswordHash(String newHash) {
        return new Account(id, email, displayName, newHash, roles, providerCodes, disabled, createdAt, version);
    }

    Account withDisabled(boolean disabled) {
        return new Account(id, email, displayName, passwordHash, roles, providerCodes, disabled, createdAt,
                version);
    }
}
