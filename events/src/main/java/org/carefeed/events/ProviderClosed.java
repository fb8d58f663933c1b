package org.carefeed.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A provider left the published directory. It is kept as closed, never forgotten: reviews and
 * complaints about it stay, but no new ones are taken.
 */
public record ProviderClosed(UUID eventId, Instant occurredAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String providerCode, String providerId, int schemaVersion)
        implements CarefeedEvent {

    public static final int SCHEMA_VERSION = 1;

    public ProviderClosed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        providerId = ProviderIds.orCode(providerId, providerCode);
        providerCode = ProviderIds.odsCodeOf(providerId);
    }

    public static ProviderClosed of(String providerId, Instant closedAt) {
        return new ProviderClosed(UUID.randomUUID(), closedAt, null, providerId, SCHEMA_VERSION);
    }
}
