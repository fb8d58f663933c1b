package org.carefeed.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A provider left the published directory. It is kept as closed, never forgotten: reviews and
 * complaints about it stay, but no new ones are taken.
 */
public record ProviderClosed(UUID eventId, Instant occurredAt, String providerCode, int schemaVersion)
        implements CarefeedEvent {

    public static final int SCHEMA_VERSION = 1;

    public ProviderClosed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(providerCode, "providerCode");
    }

    public static ProviderClosed of(String providerCode, Instant closedAt) {
        return new ProviderClosed(UUID.randomUUID(), closedAt, providerCode, SCHEMA_VERSION);
    }
}
