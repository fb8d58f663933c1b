package org.carefeed.choice.review;

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

    public static final OutcomeCounts NONE = of(Map.of());

    /**
     * From counts keyed {@code <outcome>.n} for each outcome and {@code <outcome>.by.<reason>} for each
     * reason of rejections and removals.
     */
    public static OutcomeCounts of(Map<String, Long> counts) {
        return new OutcomeCounts(count(counts, ReviewOutcome.RECEIVED), count(counts, ReviewOutcome.PUBLISHED),
                count(counts, ReviewOutcome.REJECTED), byReason(counts, ReviewOutcome.REJECTED),
                count(counts, ReviewOutcome.WITHDRAWN), count(counts, ReviewOutcome.REMOVED),
                byReason(counts, ReviewOutcome.REMOVED), count(counts, ReviewOutcome.EXPIRED),
                count(counts, ReviewOutcome.ERASED));
    }

    private static long count(Map<String, Long> counts, String outcome) {
        return counts.getOrDefault(outcome + ".n", 0L);
    }

    private static Map<String, Long> byReason(Map<String, Long> counts, String outcome) {
        String prefix = outcome + ".by.";
        Map<String, Long> byReason = new TreeMap<>();
        counts.forEach((key, count) -> {
            if (key.startsWith(prefix)) {
                byReason.put(key.substring(prefix.length()), count);
            }
        });
        return byReason;
    }
}
