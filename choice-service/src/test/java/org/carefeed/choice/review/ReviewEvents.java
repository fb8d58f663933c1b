package org.carefeed.choice.review;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.carefeed.events.EventCodec;
import org.carefeed.events.ReviewPublished;
import org.carefeed.events.Topics;
import org.carefeed.platform.kafka.CloudEventRecords;
import org.springframework.kafka.core.KafkaTemplate;

/** Puts review events on the real topic, as feedback-service would, or deliberately broken ones. */
final class ReviewEvents {

    private final KafkaTemplate<String, String> kafka;
    private final EventCodec codec = new EventCodec("/carefeed/test");

    ReviewEvents(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    static ReviewPublished published(String providerCode, int rating, String title, Instant at) {
        return ReviewPublished.of(UUID.randomUUID(), providerCode, rating, title, "Story of " + title, at);
    }

    void send(ReviewPublished event) throws Exception {
        send(CloudEventRecords.toProducerRecord(codec.encode(event)));
    }

    /** A record on the reviews topic with the given type header (none if null) and raw value. */
    void sendRaw(String key, String type, String value) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.REVIEWS, key, value);
        if (type != null) {
            record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        }
        send(record);
    }

    private void send(ProducerRecord<String, String> record) throws Exception {
        kafka.send(record).get(30, TimeUnit.SECONDS);
    }
}
