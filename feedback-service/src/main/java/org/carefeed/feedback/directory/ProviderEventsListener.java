package org.carefeed.feedback.directory;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carefeed.events.EventCodec;
import org.carefeed.events.ProviderClosed;
import org.carefeed.events.ProviderUpserted;
import org.carefeed.events.Topics;
import org.carefeed.platform.kafka.CloudEventRecords;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the replica in step with the compacted providers topic; unknown event types are skipped. */
@Component
class ProviderEventsListener {

    private final EventCodec codec;
    private final ProviderReplica replica;

    ProviderEventsListener(EventCodec codec, ProviderReplica replica) {
        this.codec = codec;
        this.replica = replica;
    }

    /** The listener id is also its consumer group. */
    @KafkaListener(id = "feedback-service.providers", topics = Topics.PROVIDERS)
    void on(ConsumerRecord<String, String> record) {
        codec.decode(CloudEventRecords.typeOf(record), record.value()).ifPresent(event -> {
            if (event instanceof ProviderUpserted upserted) {
                replica.apply(upserted);
            } else if (event instanceof ProviderClosed closed) {
                replica.apply(closed);
            }
        });
    }
}
