package org.carefeed.feedback.review;

import java.time.Clock;

import org.carefeed.events.EventCodec;
import org.carefeed.feedback.directory.ProviderDirectory;
import org.carefeed.feedback.moderation.Redactor;
import org.springframework.stereotype.Service;

/**
 * Accepts a review: stores it and, in the same write, the event that announces it. Until moderation
 * arrives a valid review is published straight away, but only ever with personal data redacted.
 */
@Service
class ReviewSubmission {

    private final ReviewRepository reviews;
    private final ProviderDirectory directory;
    private final Redactor redactor;
    private final EventCodec codec;
    private final Clock clock;

    ReviewSubmission(ReviewRepository reviews, ProviderDirectory directory, Redactor redactor, EventCodec codec,
            Clock clock) {
        this.reviews = reviews;
        this.directory = directory;
        this.redactor = redactor;
        this.codec = codec;
        this.clock = clock;
    }

    /** @throws org.carefeed.platform.web.InvalidRequest a 422 if the provider is unknown or closed */
    Review submit(SubmitReviewRequest request) {
        directory.requireOpen(request.providerCode(), "providerCode");
        Review review = Review.submitted(request, clock.instant());
        review.publish(clock.instant(), redactor, codec);
        return reviews.insert(review);
    }
}
