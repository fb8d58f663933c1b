package org.carefeed.feedback.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.carefeed.events.EventCodec;
import org.carefeed.events.ReviewPublished;
import org.carefeed.feedback.moderation.Redactor;
import org.carefeed.platform.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A patient's review of one provider, with the events about it that still have to reach Kafka. The
 * events live in this document so that storing the review and recording its event is one write.
 * {@code title} and {@code text} are what the patient wrote, for moderators only; the public versions
 * have personal data redacted, and only they ever leave the service.
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
    private String publicTitle;
    private String publicText;
    private Instant publishedAt;
    private final List<OutboxMessage> outbox;
    @Version
    private Long version;

    Review(String id, String providerCode, int rating, String title, String text, Instant submittedAt,
            ReviewStatus status, String publicTitle, String publicText, Instant publishedAt, List<OutboxMessage> outbox,
            Long version) {
        this.id = id;
        this.providerCode = providerCode;
        this.rating = rating;
        this.title = title;
        this.text = text;
        this.submittedAt = submittedAt;
        this.status = status;
        this.publicTitle = publicTitle;
        this.publicText = publicText;
        this.publishedAt = publishedAt;
        this.outbox = outbox == null ? new ArrayList<>() : new ArrayList<>(outbox);
        this.version = version;
    }

    static Review submitted(SubmitReviewRequest request, Instant now) {
        return new Review(UUID.randomUUID().toString(), request.providerCode(), request.rating(),
                request.title(), request.text(), now, null, null, null, null, null, null);
    }

    /** Makes the redacted review public and records the event that says so. */
    void publish(Instant now, Redactor redactor, EventCodec codec) {
        status = ReviewStatus.PUBLISHED;
        publicTitle = redactor.redact(title);
        publicText = redactor.redact(text);
        publishedAt = now;
        outbox.add(OutboxMessage.of(
                ReviewPublished.of(UUID.fromString(id), providerCode, rating, publicTitle, publicText, now), codec));
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
