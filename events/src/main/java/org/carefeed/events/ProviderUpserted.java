package org.carefeed.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A provider is in the directory, open, with these details: the whole entry, not a difference, so the
 * latest event for a provider on the compacted providers topic is all a reader needs.
 *
 * @param providerCode its ODS code, when it has one; absent otherwise (see {@link ProviderIds})
 * @param providerId   its public identifier, also the record key
 * @param type         kind of provider, such as {@code hospital}, {@code trust}, {@code gp-practice}, {@code pharmacy}
 * @param subType      finer kind as published (such as {@code Acute} for a trust), or null
 * @param sector       {@code NHS Sector} or {@code Independent Sector} where published, or null
 * @param location     where it is, or null when not published
 * @param parentCode   public identifier of the organisation it belongs to (a site's trust, a surgery's
 *                     practice), or null
 * @param identifiers  every identifier it is known by, with its kind; empty on events written before
 *                     they were carried
 * @param otherNames   the other names the published files give it, such as a surgery's doctors' names
 */
public record ProviderUpserted(
        UUID eventId,
        Instant occurredAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String providerCode,
        String providerId,
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
        String website,
        List<ProviderIdentifier> identifiers,
        List<String> otherNames) implements CarefeedEvent {

    public static final int SCHEMA_VERSION = 1;

    public ProviderUpserted {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        providerId = ProviderIds.orCode(providerId, providerCode);
        providerCode = ProviderIds.odsCodeOf(providerId);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        address = address == null ? new PostalAddress(List.of(), null, null, null) : address;
        phones = phones == null ? List.of() : List.copyOf(phones);
        emails = emails == null ? List.of() : List.copyOf(emails);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
    }
}
