package org.carefeed.feedback.review;

import java.time.Clock;

import org.carefeed.platform.mongo.OptimisticRetry;

import org.springframework.stereotype.Service;

/** Anyone may report a published review; the review goes back in the moderators' queue. */
@Service
class ReviewReports {

    private final ReviewRepository reviews;
    private final Clock clock;

    ReviewReports(ReviewRepository reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    void report(String id, ReportRequest request) {
        OptimisticRetry.run(() -> {
            Review review = PublishedReviews.find(reviews, id);
            review.report(request.reason(), request.detail(), clock.instant());
            return reviews.save(review);
        });
    }
}
