package org.carefeed.feedback.review;

import java.time.Instant;
import java.util.Set;

/**
 * A review as its provider's staff see it, in any state. They see the redacted version, and only of a
 * published review: the words of one awaiting moderation, rejected or withdrawn were never made public
 * and are not theirs to read, so only its status, rating and dates show (and count in their figures).
 */
public record StaffReviewView(String id, String providerCode, String status, int rating, String title, String text,
        String serviceName, String visitMonth, String authorRole, String displayName, Instant submittedAt,
        Instant publishedAt, int reportCount, PublicReview.PublicResponse response) {

    private static final Set<ReviewStatus> READABLE = Set.of(ReviewStatus.PUBLISHED);

    static StaffReviewView of(Review review) {
        boolean readable = READABLE.contains(review.status());
        return new StaffReviewView(review.id(), review.providerCode(), review.status().apiName(), review.rating(),
                readable ? review.publicTitle() : null, readable ? review.publicText() : null,
                readable ? review.publicServiceName() : null, review.visitMonth(), review.authorRole(),
                readable ? review.publicDisplayName() : null, review.submittedAt(), review.publishedAt(),
                review.reportCount(), readable ? PublicReview.PublicResponse.of(review.response()) : null);
    }
}
