package org.carefeed.feedback.review;

import java.time.Instant;

/** A published review as anyone may see it: only the redacted, moderated versions of what was written. */
record PublicReview(String id, String providerCode, int rating, String title, String text, String serviceName,
        String visitMonth, String authorRole, String displayName, Instant publishedAt, PublicResponse response) {

    record PublicResponse(String text, String responderName, Instant publishedAt, Instant editedAt) {

        static PublicResponse of(Response response) {
            return response == null ? null : new PublicResponse(response.publicText(), response.responderName(),
                    response.firstPublishedAt(), response.lastEditedAt());
        }
    }

    static PublicReview of(Review review) {
        return new PublicReview(review.id(), review.providerCode(), review.rating(), review.publicTitle(),
                review.publicText(), review.publicServiceName(), review.visitMonth(), review.authorRole(),
                review.publicDisplayName(), review.publishedAt(), PublicResponse.of(review.response()));
    }
}
