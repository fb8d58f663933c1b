package org.carefeed.feedback.review;

import java.time.Clock;

import org.carefeed.events.EventCodec;
import org.springframework.stereotype.Service;

/**
 * Accepts a review: stores it and, in the same write, the event that announces it. Until moderation
 * arrives a valid review is published straight away.
 */
@Service
class ReviewSubmission {

    private final ReviewRepository reviews;
    private final EventCodec codec;
    private final Clock clock;

    ReviewSubmission(ReviewRepository reviews, EventCodec codec, Clock clock) {
        this.reviews = reviews;
        this.codec = codec;
        this.clock = clock;
    }

    Review submit(SubmitReviewRequest request) {
        Review review = Review.submitted(request, clock.instant());
        review.publish(clock.instant(), codec);
        return reviews.insert(review);
    }
}
