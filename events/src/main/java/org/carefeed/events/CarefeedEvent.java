package org.carefeed.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What every Carefeed event carries, whatever happened.
 *
 * <p>Events are immutable facts named in the past tense. The provider's ODS code is the record key,
 * so all events about one provider stay in order on their topic.
 */
public sealed interface CarefeedEvent permits ReviewPublished, ReviewWithdrawn, ReviewRemoved,
        ReviewResponsePublished, ComplaintStatusChanged, ProviderUpserted, ProviderClosed {

    /** Unique per event; consumers use it to recognise a redelivery. */
    UUID eventId();

    /** When the fact became true at the producer. */
    Instant occurredAt();

    /** ODS code of the provider the event is about; also the Kafka record key. */
    String providerCode();

    /** Version of the payload's shape; also the {@code .vN} suffix of its CloudEvents type. */
    int schemaVersion();
}
