package org.carefeed.choice.review;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carefeed.events.EventCodec;
import org.carefeed.events.ReviewPublished;
import org.carefeed.events.ReviewTakenDown;
import org.carefeed.events.Topics;
import org.carefeed.platform.kafka.CloudEventRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the reviews topic: each record a review's whole public state, or a tombstone when it stops
 * being public. Event types this version does not know are skipped, so producers can add new ones
 * first; so are tombstones of keys that are not reviews (the compaction nudge's). Records that claim a
 * known type but cannot be read fail and are dead-lettered.
 */
@Component
class ReviewEventsListener {

    private static final Logger log = LoggerFactory.getLogger(ReviewEventsListener.class);

    private final EventCodec codec;
    private final ReviewProjection projection;

    ReviewEventsListener(EventCodec codec, ReviewProjection projection) {
        this.codec = codec;
        this.projection = projection;
    }

    /** The listener id is also its consumer group, so this projection keeps offsets of its own. */
    @KafkaListener(id = "choice-service.reviews", topics = Topics.REVIEWS)
    void on(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            ReviewTakenDown.read(record.key(), CloudEventRecords.headers(record)).ifPresent(projection::apply);
            return;
        }
        String type = CloudEventRecords.typeOf(record);
        codec.decode(type, record.value()).ifPresentOrElse(event -> {
            if (event instanceof ReviewPublished published) {
                projection.apply(published);
            }
        }, () -> log.debug("Skipping event of unknown type {} at {}-{}@{}", type, record.topic(),
                record.partition(), record.offset()));
    }
}
