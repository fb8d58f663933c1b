package org.carefeed.choice.complaint;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carefeed.events.ComplaintStatusChanged;
import org.carefeed.events.EventCodec;
import org.carefeed.choice.deadletter.Replayable;
import org.carefeed.events.Topics;
import org.carefeed.platform.kafka.CloudEventRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the complaints topic. Event types this version does not know are skipped, so producers can add
 * new ones first; records that claim a known type but cannot be read fail and are dead-lettered.
 */
@Component
class ComplaintEventsListener implements Replayable {

    private static final Logger log = LoggerFactory.getLogger(ComplaintEventsListener.class);

    private final EventCodec codec;
    private final ComplaintProjection projection;

    ComplaintEventsListener(EventCodec codec, ComplaintProjection projection) {
        this.codec = codec;
        this.projection = projection;
    }

    @Override
    public String topic() {
        return Topics.COMPLAINTS;
    }

    /** The listener id is also its consumer group, so this projection keeps offsets of its own. */
    @KafkaListener(id = "choice-service.complaints", topics = Topics.COMPLAINTS)
    @Override
    public void on(ConsumerRecord<String, String> record) {
        String type = CloudEventRecords.typeOf(record);
        codec.decode(type, record.value()).ifPresentOrElse(event -> {
            if (event instanceof ComplaintStatusChanged changed) {
                projection.apply(changed);
            }
        }, () -> log.debug("Skipping event of unknown type {} at {}-{}@{}", type, record.topic(),
                record.partition(), record.offset()));
    }
}
