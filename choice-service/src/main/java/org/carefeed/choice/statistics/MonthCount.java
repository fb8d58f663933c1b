package org.carefeed.choice.statistics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.bson.Document;
import org.carefeed.choice.summary.Durations;
import org.carefeed.choice.summary.Stats;
import org.carefeed.events.ReviewOutcome;

/**
 * The moderation counts of one month, or of several added up: reviews by outcome, rejections and
 * removals by reason, and the times from submission to decision counted in {@link Durations}' buckets,
 * so a month is a few hundred numbers however many reviews it had, and months add up into any period.
 */
final class MonthCount {

    /** The reason counted for a rejection or removal that gave none. */
    static final String NOT_STATED = "not-stated";

    private static final double MINUTES_PER_HOUR = 60;

    private final Map<String, Long> byOutcome = new TreeMap<>();
    private final Map<String, SortedMap<String, Long>> byReason = new TreeMap<>();
    private final SortedMap<Long, Long> decisionMinutes = new TreeMap<>();

    void count(String outcome, String reason) {
        byOutcome.merge(outcome, 1L, Long::sum);
        if (ReviewOutcome.REJECTED.equals(outcome) || ReviewOutcome.REMOVED.equals(outcome)) {
            byReason.computeIfAbsent(outcome, o -> new TreeMap<>()).merge(reason == null ? NOT_STATED : reason, 1L,
                    Long::sum);
        }
    }

    /** A decision (publication or rejection) made {@code decidedAt} of a review submitted {@code receivedAt}. */
    void decided(Instant receivedAt, Instant decidedAt) {
        // Clocks of two services: a decision can never come before its submission.
        long minutes = Math.max(0, Duration.between(receivedAt, decidedAt).toMinutes());
        decisionMinutes.merge(Durations.bucketOf(minutes), 1L, Long::sum);
    }

    void add(MonthCount other) {
        other.byOutcome.forEach((outcome, n) -> byOutcome.merge(outcome, n, Long::sum));
        other.byReason.forEach((outcome, reasons) -> reasons.forEach((reason, n) -> byReason
                .computeIfAbsent(outcome, o -> new TreeMap<>()).merge(reason, n, Long::sum)));
        other.decisionMinutes.forEach((bucket, n) -> decisionMinutes.merge(bucket, n, Long::sum));
    }

    ModerationFigures figures(String period) {
        Double median = Durations.median(decisionMinutes);
        Double p90 = Durations.percentile(decisionMinutes, 90);
        return new ModerationFigures(period, n(ReviewOutcome.RECEIVED), n(ReviewOutcome.PUBLISHED),
                n(ReviewOutcome.REJECTED), reasons(ReviewOutcome.REJECTED), n(ReviewOutcome.REMOVED),
                reasons(ReviewOutcome.REMOVED), n(ReviewOutcome.WITHDRAWN), n(ReviewOutcome.EXPIRED),
                n(ReviewOutcome.ERASED), decisionMinutes.values().stream().mapToLong(Long::longValue).sum(),
                hours(median), hours(p90));
    }

    private long n(String outcome) {
        return byOutcome.getOrDefault(outcome, 0L);
    }

    private Map<String, Long> reasons(String outcome) {
        return byReason.getOrDefault(outcome, new TreeMap<>());
    }

    private static Double hours(Double minutes) {
        return minutes == null ? null : Stats.round(minutes / MINUTES_PER_HOUR, 1);
    }

    /**
     * As stored: lists of {@code {o, r, n}} and {@code {b, n}} rather than maps, because reason codes come
     * from another service and must never become field names.
     */
    List<Document> countsDocument() {
        List<Document> counts = new ArrayList<>();
        byOutcome.forEach((outcome, n) -> counts.add(new Document("o", outcome).append("n", n)));
        byReason.forEach((outcome, reasons) -> reasons.forEach(
                (reason, n) -> counts.add(new Document("o", outcome).append("r", reason).append("n", n))));
        return counts;
    }

    List<Document> decisionMinutesDocument() {
        List<Document> buckets = new ArrayList<>();
        decisionMinutes.forEach((bucket, n) -> buckets.add(new Document("b", bucket).append("n", n)));
        return buckets;
    }

    static MonthCount of(List<Document> counts, List<Document> decisionMinutes) {
        MonthCount month = new MonthCount();
        counts.forEach(c -> {
            long n = c.get("n", Number.class).longValue();
            String reason = c.getString("r");
            if (reason == null) {
                month.byOutcome.merge(c.getString("o"), n, Long::sum);
            } else {
                month.byReason.computeIfAbsent(c.getString("o"), o -> new TreeMap<>()).merge(reason, n, Long::sum);
            }
        });
        decisionMinutes.forEach(b -> month.decisionMinutes.merge(b.get("b", Number.class).longValue(),
                b.get("n", Number.class).longValue(), Long::sum));
        return month;
    }
}
