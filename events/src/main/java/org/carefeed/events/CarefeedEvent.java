package org.carefeed.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What every Carefeed event carries, whatever happened.
 *
 * <p>Events are immutable facts named in the past tense. The record key is the provider's public
 * identifier, so all events about one provider stay in order on their topic; except for a review's
 * public state, keyed by the review (see {@link Topics#REVIEWS}).
 */
public sealed interface CarefeedEvent permits ReviewPublished, ReviewOutcome,
        ComplaintStatusChanged, ProviderUpserted, ProviderClosed, AccountAccessChanged {

    /** Unique per event; consumers use it to recognise a redelivery. */
    UUID eventId();

    /** When the fact became true at the producer. */
    Instant occurredAt();

    /**
     * ODS code of the provider the event is about, when it has one; null otherwise. Kept for readers
     * written before {@link #providerId()}: for every provider that has an ODS code it is the same value.
     */
    String providerCode();

    /** Public identifier of the provider the event is about (see {@link ProviderIds}); also the record key, but for a review's state. */
    String providerId();

    /** Version of the payload's shape; also the {@code .vN} suffix of its CloudEvents type. */
    int schemaVersion();

    /**
     * The Kafka record key: the provider's public identifier, unless the event is about something
     * else (an account event is keyed by the account).
     */
    default String recordKey() {
        return providerId();
    }
}
