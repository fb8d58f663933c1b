package org.carefeed.feedback.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.carefeed.events.EventCodec;
import org.carefeed.events.ReviewPublished;
import org.carefeed.platform.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A patient's review of one provider, with the events about it that still have to reach Kafka. The
 * events live in this document so that storing the review and recording its event is one write.
 */
@Document("reviews")
class Review {

    static final int MAX_TITLE_LENGTH = 120;
    static final int MAX_TEXT_LENGTH = 5000;

    @Id
    private final String id;
    private final String providerCode;
    private final int rating;
    private final String title;
    private final String text;
    private final Instant submittedAt;
    private ReviewStatus status;
    private Instant publishedAt;
    private final List<OutboxMessage> outbox;
    @Version
    private Long version;

    Review(String id, String providerCode, int rating, String title, String text, Instant submittedAt,
            ReviewStatus status, Instant publishedAt, List<OutboxMessage> outbox, Long version) {
        this.id = id;
        this.providerCode = providerCode;
        this.rating = rating;
        this.title = title;
        this.text = text;
        this.submittedAt = submittedAt;
        this.status = status;
        this.publishedAt = publishedAt;
        this.outbox = outbox == null ? new ArrayList<>() : new ArrayList<>(outbox);
        this.version = version;
    }

    static Review submitted(SubmitReviewRequest request, Instant now) {
        return new Review(UUID.randomUUID().toString(), request.providerCode(), request.rating(),
                request.title(), request.text(), now, null, null, null, null);
    }

    /** Makes the review public and records the event that says so. */
    void publish(Instant now, EventCodec codec) {
        status = ReviewStatus.PUBLISHED;
        publishedAt = now;
        outbox.add(OutboxMessage.of(
                ReviewPublished.of(UUID.fromString(id), providerCode, rating, title, text, now), codec));
    }

    String id() {
        return id;
    }

    String providerCode() {
        return providerCode;
    }

    ReviewStatus status() {
        return status;
    }

    Instant submittedAt() {
        return submittedAt;
    }
}
