package org.carefeed.choice.review;

import java.time.Instant;

/**
 * Published (as a Spring application event, in the same thread) after a review outcome was recorded, or
 * found recorded already (a redelivery must still reach what the first delivery did not).
 *
 * @param outcomeId one id for each review and outcome
 * @param reason    the moderation reason of a rejection or removal; null for others
 * @param occurredAt when the outcome happened, as the event says
 */
public record ReviewOutcomeRecorded(String providerCode, String outcomeId, String outcome, String reason,
        String reviewId, Instant occurredAt) {
}
