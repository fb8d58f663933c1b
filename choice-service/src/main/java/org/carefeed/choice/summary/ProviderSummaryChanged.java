package org.carefeed.choice.summary;

import java.time.Instant;

/**
 * Published (as a Spring application event, in the same thread) after a provider's figures were
 * stored, for features that keep a copy of the fair score, such as search ordering by it.
 *
 * @param fairScore  the score as shown; null when not shown
 * @param computedAt when the figures were computed, to keep the newest of two
 */
public record ProviderSummaryChanged(String providerCode, Double fairScore, Instant computedAt) {
}
