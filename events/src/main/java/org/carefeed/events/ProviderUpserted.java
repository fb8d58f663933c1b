package org.carefeed.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A provider is in the directory, open, with these details: the whole entry, not a difference, so the
 * latest event for a code on the compacted providers topic is all a reader needs.
 *
 * @param type       kind of provider, such as {@code hospital}, {@code trust}, {@code gp-practice}, {@code ccg}
 * @param subType    finer kind as published (such as {@code Acute} for a trust), or null
 * @param sector     {@code NHS Sector} or {@code Independent Sector} where published, or null
 * @param location   where it is, or null when not published
 * @param parentCode ODS code of the organisation it belongs to (a site's trust), or null
 */
public record ProviderUpserted(
        UUID eventId,
        Instant occurredAt,
        String providerCode,
        int schemaVersion,
        String type,
        String subType,
        String sector,
        String name,
        PostalAddress address,
        Coordinates location,
        String parentCode,
        String parentName,
        List<String> phones,
        List<String> emails,
        String website) implements CarefeedEvent {

    public static final int SCHEMA_VERSION = 1;

    public ProviderUpserted {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(providerCode, "providerCode");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        address = address == null ? new PostalAddress(List.of(), null, null, null) : address;
        phones = phones == null ? List.of() : List.copyOf(phones);
        emails = emails == null ? List.of() : List.copyOf(emails);
    }
}
