package org.carefeed.platform.outbox;

import java.time.Instant;
import java.util.Map;

import org.carefeed.events.CarefeedEvent;
import org.carefeed.events.EncodedEvent;
import org.carefeed.events.EventCodec;

/**
 * An event waiting in its document's {@code outbox} array to be published. It holds the event already
 * in its wire form, so what is relayed later is exactly what was decided at write time.
 *
 * @param eventId     the event's id; the relay removes the message by it once Kafka has acknowledged
 * @param value       the event's JSON, or null for a tombstone
 * @param traceparent the trace the event was stored in (W3C), which its relay continues; null if none
 */
public record OutboxMessage(String eventId, String topic, String key, Map<String, String> headers, String value,
        Instant storedAt, String traceparent) {

    /** The field that holds pending messages in every document that has an outbox. */
    public static final String FIELD = "outbox";

    public static OutboxMessage of(CarefeedEvent event, EventCodec codec) {
        EncodedEvent encoded = codec.encode(event);
        return new OutboxMessage(event.eventId().toString(), encoded.topic(), encoded.key(), encoded.headers(),
                encoded.value(), Instant.now(), StoredTrace.current());
    }

    /** An event already in its wire form, such as a tombstone, which has no value. */
    public static OutboxMessage of(String eventId, EncodedEvent encoded) {
        return new OutboxMessage(eventId, encoded.topic(), encoded.key(), encoded.headers(), encoded.value(),
                Instant.now(), StoredTrace.current());
    }

    public EncodedEvent encoded() {
        return new EncodedEvent(topic, key, headers, value);
    }
}
