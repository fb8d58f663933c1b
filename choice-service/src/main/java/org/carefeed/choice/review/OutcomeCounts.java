package org.carefeed.choice.review;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.carefeed.events.ReviewOutcome;

/**
 * How many of a provider's reviews came to each outcome, since records began; what the open statistics
 * publish, kept after the reviews themselves are erased.
 *
 * @param rejectedByReason how many rejections gave each moderation reason
 * @param removedByReason  how many removals gave each moderation reason
 */
public record OutcomeCounts(long received, long published, long rejected, Map<String, Long> rejectedByReason,
        long withdrawn, long removed, Map<String, Long> removedByReason, long expired, long erased) {

    public static final OutcomeCounts NONE = of(List.of());

    static OutcomeCounts of(List<Outcome> outcomes) {
        Map<String, Long> counts = new TreeMap<>();
        Map<String, Long> rejectedBy = new TreeMap<>();
        Map<String, Long> removedBy = new TreeMap<>();
        for (Outcome outcome : outcomes) {
            counts.merge(outcome.outcome(), 1L, Long::sum);
            if (outcome.reason() != null && ReviewOutcome.REJECTED.equals(outcome.outcome())) {
                rejectedBy.merge(outcome.reason(), 1L, Long::sum);
            } else if (outcome.reason() != null && ReviewOutcome.REMOVED.equals(outcome.outcome())) {
                removedBy.merge(outcome.reason(), 1L, Long::sum);
            }
        }
        return new OutcomeCounts(count(counts, ReviewOutcome.RECEIVED), count(counts, ReviewOutcome.PUBLISHED),
                count(counts, ReviewOutcome.REJECTED), rejectedBy, count(counts, ReviewOutcome.WITHDRAWN),
                count(counts, ReviewOutcome.REMOVED), removedBy, count(counts, ReviewOutcome.EXPIRED),
                count(counts, ReviewOutcome.ERASED));
    }

    private static long count(Map<String, Long> counts, String outcome) {
        return counts.getOrDefault(outcome, 0L);
    }
}
