package org.carefeed.choice.summary;

import java.util.Set;

import org.carefeed.choice.complaint.ComplaintFacts;
import org.carefeed.choice.complaint.ComplaintsChanged;
import org.carefeed.choice.review.ReviewFacts;
import org.carefeed.choice.review.ReviewOutcomeRecorded;
import org.carefeed.choice.review.ReviewsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts the one review, complaint or outcome an event changed into its provider's counters, then
 * recomputes the provider's figures from those counters: work that does not grow with the provider's
 * number of reviews. Runs in the Kafka listener's thread, so a failure here fails the record, which is
 * then retried like any other.
 */
@Component
class SummaryUpdates {

    private final TallyLedger ledger;
    private final ProviderSummaries summaries;
    private final ReviewFacts reviews;
    private final ComplaintFacts complaints;

    SummaryUpdates(TallyLedger ledger, ProviderSummaries summaries, ReviewFacts reviews, ComplaintFacts complaints) {
        this.ledger = ledger;
        this.summaries = summaries;
        this.reviews = reviews;
        this.complaints = complaints;
    }

    @EventListener
    void on(ReviewsChanged changed) {
        ledger.count(changed.providerCode(), Contributions.reviewEntry(changed.reviewId()),
                reviews.published(changed.reviewId()).map(Contributions::ofReview).orElse(Set.of()));
        summaries.refresh(changed.providerCode());
    }

    @EventListener
    void on(ComplaintsChanged changed) {
        ledger.count(changed.providerCode(), Contributions.complaintEntry(changed.reference()),
                complaints.of(changed.reference()).map(Contributions::ofComplaint).orElse(Set.of()));
        summaries.refresh(changed.providerCode());
    }

    @EventListener
    void on(ReviewOutcomeRecorded recorded) {
        ledger.count(recorded.providerCode(), Contributions.outcomeEntry(recorded.outcomeId()),
                Contributions.ofOutcome(recorded.outcome(), recorded.reason()));
        summaries.refresh(recorded.providerCode());
    }
}
