package org.carefeed.feedback.review;

import org.carefeed.platform.web.NotFound;

/** Looks up reviews as the public may: anything not published does not exist for them. */
final class PublishedReviews {

    private PublishedReviews() {
    }

    static Review find(ReviewRepository reviews, String id) {
        return reviews.findById(id)
                .filter(review -> review.status() == ReviewStatus.PUBLISHED)
                .orElseThrow(() -> new NotFound("There is no published review with this id."));
    }
}
