package org.carefeed.choice.review;

/**
 * Published (as a Spring application event, in the same thread) after a review event was applied, so
 * that figures derived from a provider's reviews can follow. Sent even when the event changed nothing:
 * a redelivery after a crash must still reach what the first delivery did not, and following is
 * idempotent.
 */
public record ReviewsChanged(String providerCode, String reviewId) {
}
