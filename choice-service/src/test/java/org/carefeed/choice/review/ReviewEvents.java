package org.carefeed.choice.review;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.carefeed.events.CarefeedEvent;
import org.carefeed.events.EventCodec;
import org.carefeed.events.EncodedEvent;
import org.carefeed.events.ReviewOutcome;
import org.carefeed.events.ReviewPublished;
import org.carefeed.events.ReviewTakenDown;
import org.carefeed.events.Topics;
import org.carefeed.platform.kafka.CloudEventRecords;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Puts feedback events (reviews, responses, complaints) on the real topics, as feedback-service would,
 * or deliberately broken ones.
 */
public final class ReviewEvents {

    private final KafkaTemplate<String, String> kafka;
    private final EventCodec codec = new EventCodec("/carefeed/test");

    public ReviewEvents(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    /** A new review, revision 1, by an anonymous patient about Outpatients. */
    public static ReviewPublished published(String providerCode, int rating, String title, Instant at) {
        return published(UUID.randomUUID(), 1, providerCode, rating, title, at);
    }

    public static ReviewPublished published(UUID reviewId, int revision, String providerCode, int rating, String title,
            Instant at) {
        return ReviewPublished.of(reviewId, revision, providerCode, new ReviewPublished.Content(rating, title,
                "Story of " + title, "Outpatients", YearMonth.from(at.atOffset(ZoneOffset.UTC)).toString(), "patient",
                "Anonymous"), at);
    }

    /** The tombstone of a review its author withdrew. */
    public static ReviewTakenDown withdrawn(ReviewPublished review, int revision, Instant at) {
        return ReviewTakenDown.of(review.reviewId(), revision, review.providerId(), ReviewOutcome.WITHDRAWN, at);
    }

    /** The tombstone of a review a moderator removed. */
    public static ReviewTakenDown removed(ReviewPublished review, int revision, Instant at) {
        return ReviewTakenDown.of(review.reviewId(), revision, review.providerId(), ReviewOutcome.REMOVED, at);
    }

    /**
     * The review's whole state once the provider answered: the review as it was, with the response first
     * published at {@code firstPublishedAt}, this version at {@code at}.
     */
    public static ReviewPublished response(ReviewPublished review, int revision, String text,
            Instant firstPublishedAt, Instant at) {
        return ReviewPublished.of(review.reviewId(), revision, review.providerId(), new ReviewPublished.Content(
                review.rating(), review.title(), review.text(), review.serviceName(), review.visitMonth(),
                review.authorRole(), review.displayName()), review.publishedAt(),
                new ReviewPublished.Response(text, "Provider " + review.providerId(), firstPublishedAt, at), at);
    }

    public static ReviewOutcome outcome(ReviewPublished review, String outcome, String reason, Instant at) {
        return ReviewOutcome.of(review.reviewId(), review.providerId(), outcome, reason, at);
    }

    /** Events, and the tombstones of taken-down reviews (on the reviews topic only), in this order. */
    public void send(Object... events) throws Exception {
        for (Object event : events) {
            if (event instanceof ReviewTakenDown takenDown) {
                EncodedEvent tombstone = takenDown.encode("/carefeed/test").get(0);
                send(CloudEventRecords.toProducerRecord(tombstone));
            } else {
                send(CloudEventRecords.toProducerRecord(codec.encode((CarefeedEvent) event)));
            }
        }
    }

    /** A record on the reviews topic with the given type header (none if null) and raw value. */
    public void sendRaw(String key, String type, String value) throws Exception {
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
