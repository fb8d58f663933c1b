package org.carefeed.choice.summary;

import org.carefeed.choice.complaint.ComplaintsChanged;
import org.carefeed.choice.review.ReviewsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Recomputes a provider's figures after each review or complaint event about it. Runs in the Kafka
 * listener's thread, so a failure here fails the record, which is then retried like any other.
 */
@Component
class SummaryUpdates {

    private final ProviderSummaries summaries;

    SummaryUpdates(ProviderSummaries summaries) {
        this.summaries = summaries;
    }

    @EventListener
    void on(ReviewsChanged changed) {
        summaries.recompute(changed.providerCode());
    }

    @EventListener
    void on(ComplaintsChanged changed) {
        summaries.recompute(changed.providerCode());
    }
}
