package org.carefeed.choice.review;

/**
 * Published (as a Spring application event, in the same thread) after a review event was applied, so
 * that figures derived from a provider's reviews can be recomputed. Sent even when the event changed
 * nothing: recomputing is cheap and idempotent, and never missing one matters more.
 */
public record ReviewsChanged(String providerCode) {
}
