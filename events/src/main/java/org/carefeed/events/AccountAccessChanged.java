package org.carefeed.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An account was created, or what it may do changed: its roles, whether it is enabled, or its
 * password (which ends the tokens obtained with the old one). Each event is the account's whole
 * access, numbered by {@code revision}, so a reader keeps the highest. Deliberately no email, name or
 * password hash: a service that checks tokens needs to know only whether to accept them.
 *
 * @param accountId     the account's id, the {@code sub} of its tokens; also the record key
 * @param revision      1 when first announced, one more for each change after it
 * @param roles         its roles, such as {@code ADMIN}, sorted
 * @param enabled       false once disabled: its tokens must be refused
 * @param passwordStamp the stamp of its current password, the {@code pwc} claim of tokens obtained
 *                      with it; a token with another stamp was obtained with an older password
 */
public record AccountAccessChanged(UUID eventId, Instant occurredAt, int schemaVersion, String accountId,
        long revision, List<String> roles, boolean enabled, long passwordStamp) implements CarefeedEvent {

    public static final int SCHEMA_VERSION = 1;

    public AccountAccessChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(accountId, "accountId");
        roles = roles == null ? List.of() : roles.stream().sorted().toList();
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be 1 or more, was " + revision);
        }
    }

    public static AccountAccessChanged of(String accountId, long revision, List<String> roles, boolean enabled,
            long passwordStamp, Instant changedAt) {
        return new AccountAccessChanged(UUID.randomUUID(), changedAt, SCHEMA_VERSION, accountId, revision, roles,
                enabled, passwordStamp);
    }

    /** About no provider. */
    @Override
    public String providerCode() {
        return null;
    }

    /** About no provider. */
    @Override
    public String providerId() {
        return null;
    }

    /** Keyed by account, so the compacted topic keeps every account's latest access. */
    @Override
    public String recordKey() {
        return accountId;
    }
}
