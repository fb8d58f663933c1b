package org.carefeed.choice.review;

import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.carefeed.events.EventCodec;
import org.carefeed.events.ReviewPublished;
import org.carefeed.events.ReviewTakenDown;
import org.carefeed.choice.deadletter.Replayable;
import org.carefeed.events.Topics;
import org.carefeed.platform.kafka.CloudEventRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the reviews topic: each record a review's whole public state, or a tombstone when it stops
 * being public. Event types this version does not know are skipped, so producers can add new ones
 * first; so are tombstones of keys that are not reviews (the compaction nudge's). Records that claim a
 * known type but cannot be read fail and are dead-lettered.
 */
@Component
class ReviewEventsListener implements Replayable {

    private static final Logger log = LoggerFactory.getLogger(ReviewEventsListener.class);

    private final EventCodec codec;
    private final ReviewProjection projection;

    private final KafkaTemplate<String, String> kafka;

    ReviewEventsListener(EventCodec codec, ReviewProjection projection, KafkaTemplate<String, String> kafka) {
        this.codec = codec;
        this.projection = projection;
        this.kafka = kafka;
    }

    /**
     * feedback-service tombstones the dead-letter topic when the review ends; but a copy this service
     * parks after that (it was behind) would outlive that tombstone. Records of a partition are handled
     * in order, so a tombstone written now lands after any copy parked before it.
     */
    private void tombstoneParkedCopies(ConsumerRecord<String, String> tombstone) {
        ProducerRecord<String, String> again = new ProducerRecord<>(Topics.deadLetter(Topics.REVIEWS), tombstone.key(), null);
        tombstone.headers().forEach(again.headers()::add);
        try {
            kafka.send(again).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not tombstone the parked copies of review " + tombstone.key(), e);
        }
    }

    @Override
    public String topic() {
        return Topics.REVIEWS;
    }

    /** The listener id is also its consumer group, so this projection keeps offsets of its own. */
    @KafkaListener(id = "choice-service.reviews", topics = Topics.REVIEWS)
    @Override
    public void on(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            ReviewTakenDown.read(record.key(), CloudEventRecords.headers(record)).ifPresent(takenDown -> {
                projection.apply(takenDown);
                tombstoneParkedCopies(record);
            });
            return;
        }
        String type = CloudEventRecords.typeOf(record);
        codec.decode(type, record.value()).ifPresentOrElse(event -> {
            if (event instanceof ReviewPublished published) {
                projection.apply(published);
                // In the trace of the request that caused the event, so its id ties the two services' logs.
                log.debug("Applied review {} revision {} from {}-{}@{}", published.reviewId(), published.revision(),
                        record.topic(), record.partition(), record.offset());
            }
        }, () -> log.debug("Skipping event of unknown type {} at {}-{}@{}", type, record.topic(),
                record.partition(), record.offset()));
    }
}
