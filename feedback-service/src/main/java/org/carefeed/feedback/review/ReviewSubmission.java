package org.carefeed.feedback.review;

import java.time.Clock;

import org.carefeed.events.EventCodec;
import org.carefeed.feedback.directory.ProviderDirectory;
import org.springframework.stereotype.Service;

/**
 * Accepts a review: stores it and, in the same write, the event that announces it. Until moderation
 * arrives a valid review is published straight away.
 */
@Service
class ReviewSubmission {

    private final ReviewRepository reviews;
    private final ProviderDirectory directory;
    private final EventCodec codec;
    private final Clock clock;

    ReviewSubmission(ReviewRepository reviews, ProviderDirectory directory, EventCodec codec, Clock clock) {
        this.reviews = reviews;
        this.directory = directory;
        this.codec = codec;
        this.clock = clock;
    }

    /** @throws org.carefeed.platform.web.InvalidRequest a 422 if the provider is unknown or closed */
    Review submit(SubmitReviewRequest request) {
        directory.requireOpen(request.providerCode(), "providerCode");
        Review review = Review.submitted(request, clock.instant());
        review.publish(clock.instant(), codec);
        return reviews.insert(review);
    }
}
