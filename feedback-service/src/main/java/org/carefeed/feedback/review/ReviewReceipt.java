package org.carefeed.feedback.review;

import java.time.Instant;

/** What the submitter is told about their review: never its text, which may not be public yet. */
record ReviewReceipt(String id, String providerCode, String status, Instant submittedAt) {

    static ReviewReceipt of(Review review) {
        return new ReviewReceipt(review.id(), review.providerCode(), review.status().apiName(), review.submittedAt());
    }
}
