package org.carefeed.feedback.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.carefeed.events.AccountAccessChanged;
import org.carefeed.events.EventCodec;
import org.carefeed.platform.outbox.OutboxMessage;
import org.carefeed.platform.tokens.BearerTokens;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
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
 * @param accessRevision how many times the account's access (roles, enabled, password) was announced
 *                       to other services; null for an account from before announcements
 * @param outbox         announcements stored with the change, waiting for the relay to publish them
 * @param secondFactor   its TOTP second factor, once enrolment has started; null without one
 */
@Document(Account.COLLECTION)
// The start-up search for accounts created before account changes were announced.
@CompoundIndex(name = "unannounced", def = "{'accessRevision': 1}")
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
        @Version Long version,
        Long accessRevision,
        List<OutboxMessage> outbox,
        SecondFactor secondFactor) {

    static final String COLLECTION = "accounts";

    public boolean has(Role role) {
        return roles.contains(role);
    }

    static Account created(String id, String email, String displayName, String passwordHash, Set<Role> roles,
            List<String> providerCodes, Instant createdAt) {
        return new Account(id, email, displayName, passwordHash, roles, providerCodes, false, createdAt, null, null,
                null, null, null);
    }

    Account withAccess(Set<Role> newRoles, List<String> newProviderCodes) {
        return new Account(id, email, displayName, passwordHash, newRoles, newProviderCodes, disabled, createdAt,
                passwordChangedAt, version, accessRevision, outbox, secondFactor);
    }

    Account withPassword(String newHash, Instant changedAt) {
        return new Account(id, email, displayName, newHash, roles, providerCodes, disabled, createdAt, changedAt,
                version, accessRevision, outbox, secondFactor);
    }

    Account withDisabled(boolean disabled) {
        return new Account(id, email, displayName, passwordHash, roles, providerCodes, disabled, createdAt,
                passwordChangedAt, version, accessRevision, outbox, secondFactor);
    }

    /**
     * The same account with its access as it now is announced, in the same write: choice-service, which
     * cannot look accounts up, learns from it whose tokens to accept.
     */
    Account announced(EventCodec codec, Instant at) {
        long revision = (accessRevision == null ? 0 : accessRevision) + 1;
        List<OutboxMessage> pending = new ArrayList<>(outbox == null ? List.of() : outbox);
        pending.add(OutboxMessage.of(AccountAccessChanged.of(id, revision, roleNames(), !disabled, passwordStamp(), at),
                codec));
        return new Account(id, email, displayName, passwordHash, roles, providerCodes, disabled, createdAt,
                passwordChangedAt, version, revision, pending, secondFactor);
    }

    Account withSecondFactor(SecondFactor changed) {
        return new Account(id, email, displayName, passwordHash, roles, providerCodes, disabled, createdAt,
                passwordChangedAt, version, accessRevision, outbox, changed);
    }

    /** Whether signing in needs a one-time code: once enrolment is confirmed. */
    public boolean hasSecondFactor() {
        return secondFactor != null && secondFactor.confirmed();
    }

    /** The roles by name, sorted, as tokens and announcements carry them. */
    public List<String> roleNames() {
        return roles.stream().map(Role::name).sorted().toList();
    }

    /** When the current password was set, in epoch milliseconds; 0 for the password the account was created with. */
    public long passwordStamp() {
        return passwordChangedAt == null ? 0 : passwordChangedAt.toEpochMilli();
    }

    /** Whether a token obtained with the password of that stamp still counts: not once the password changed. */
    public boolean acceptsTokenOf(Object stamp) {
        return BearerTokens.samePasswordStamp(stamp, passwordStamp());
    }
}
