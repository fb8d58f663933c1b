package org.carefeed.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.carefeed.events.CloudEventHeaders;
import org.carefeed.events.EncodedEvent;

/** Moves an {@link EncodedEvent} in and out of a Kafka record, CloudEvents attributes as headers. */
public final class CloudEventRecords {

    private CloudEventRecords() {
    }

    public static ProducerRecord<String, String> toProducerRecord(EncodedEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.value());
        for (Map.Entry<String, String> header : event.headers().entrySet()) {
            record.headers().add(header.getKey(), header.getValue().getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    /** The record's logical event type ({@code ce_type}), or null when it has none. */
    public static String typeOf(ConsumerRecord<?, ?> record) {
        return header(record, CloudEventHeaders.TYPE);
    }

    /** Every header of the record as text, the last of any repeated name. */
    public static Map<String, String> headers(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            if (header.value() != null) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return headers;
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
