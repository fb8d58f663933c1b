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
import org.carefeed.events.ReviewPublished;
import org.carefeed.events.ReviewRemoved;
import org.carefeed.events.ReviewResponsePublished;
import org.carefeed.events.ReviewWithdrawn;
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

    public static ReviewWithdrawn withdrawn(ReviewPublished review, int revision, Instant at) {
        return ReviewWithdrawn.of(review.reviewId(), revision, review.providerCode(), at);
    }

    public static ReviewRemoved removed(ReviewPublished review, int revision, Instant at) {
        return ReviewRemoved.of(review.reviewId(), revision, review.providerCode(), "abusive", at);
    }

    /** The provider's response, first published at {@code firstPublishedAt}, this version at {@code at}. */
    public static ReviewResponsePublished response(ReviewPublished review, int revision, String text,
            Instant firstPublishedAt, Instant at) {
        return ReviewResponsePublished.of(review.reviewId(), revision, review.providerCode(), text,
                "Provider " + review.providerCode(), firstPublishedAt, at);
    }

    public void send(CarefeedEvent... events) throws Exception {
        for (CarefeedEvent event : events) {
            send(CloudEventRecords.toProducerRecord(codec.encode(event)));
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
