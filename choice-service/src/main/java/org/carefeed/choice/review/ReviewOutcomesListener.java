package org.carefeed.choice.review;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carefeed.events.EventCodec;
import org.carefeed.events.ReviewOutcome;
import org.carefeed.choice.deadletter.Replayable;
import org.carefeed.events.Topics;
import org.carefeed.platform.kafka.CloudEventRecords;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the review outcomes topic into {@code review_outcomes}: one document per review and outcome,
 * so a redelivery is recorded once. Kept for good, like the topic: they hold no word of any review.
 */
@Component
class ReviewOutcomesListener implements Replayable {

    private final EventCodec codec;
    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;

    ReviewOutcomesListener(EventCodec codec, MongoTemplate mongo, ApplicationEventPublisher events) {
        this.codec = codec;
        this.mongo = mongo;
        this.events = events;
    }

    @Override
    public String topic() {
        return Topics.REVIEW_OUTCOMES;
    }

    @KafkaListener(id = "choice-service.review-outcomes", topics = Topics.REVIEW_OUTCOMES)
    @Override
    public void on(ConsumerRecord<String, String> record) {
        codec.decode(CloudEventRecords.typeOf(record), record.value())
                .filter(ReviewOutcome.class::isInstance).map(ReviewOutcome.class::cast)
                .ifPresent(this::record);
    }

    private void record(ReviewOutcome event) {
        String id = Outcome.idOf(event.reviewId().toString(), event.outcome());
        try {
            mongo.insert(new Outcome(id, event.providerId(), event.outcome(), event.reason(), event.occurredAt()));
        } catch (DuplicateKeyException recordedBefore) {
            // A redelivery: what follows from it is idempotent, and may not have happened the first time.
        }
        events.publishEvent(new ReviewOutcomeRecorded(event.providerId(), id, event.outcome(), event.reason(),
                event.reviewId().toString(), event.occurredAt()));
    }
}
