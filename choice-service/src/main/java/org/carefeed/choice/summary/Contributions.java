package org.carefeed.choice.summary;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.carefeed.choice.complaint.ComplaintFacts.ComplaintTimes;
import org.carefeed.choice.review.ReviewFacts.RatedReview;

/**
 * What one review, complaint or review outcome adds to its provider's counters: a set of counter paths,
 * each counting it once. Figures are sums of these counters, so a change to one item is the difference
 * between what it counts for now and what it counted for before, whatever the provider's size.
 *
 * <p>Paths, under the provider's counters:
 * <ul>
 * <li>{@code r.<published day>.s<stars>} and {@code .responded}; {@code rm.<published month>.<response
 * minutes bucket>}</li>
 * <li>{@code c.<received day>.received}, {@code .onTime}, {@code .late}, {@code .due.<due day>} while
 * neither acknowledged nor closed (late or not depends on today), {@code .resolved}, {@code .closed.<reason>} when closed
 * without ever being acknowledged; {@code rd.<received month>.<minutes-to-resolution bucket>}</li>
 * <li>{@code o.<outcome>.n} and {@code o.<outcome>.by.<reason>}</li>
 * </ul>
 * Days and months are in England (ISO dates, {@code 2026-12}); buckets are {@link Durations}' buckets.
 * The durations are kept by month, not day, so that a provider's counters stay a few thousand numbers
 * however many reviews it has: the medians are over whole months, those the window starts in included.
 */
final class Contributions {

    static final String REVIEWS = "r";
    static final String COMPLAINTS = "c";
    static final String OUTCOMES = "o";
    static final String RESPONSE_MINUTES = "rm";
    static final String RESOLUTION_MINUTES = "rd";

    /** Reasons are keys of a stored document: nothing that MongoDB would read as a path or an operator. */
    private static final Pattern UNSAFE_IN_KEY = Pattern.compile("[^a-z0-9-]");

    private Contributions() {
    }

    /** The ledger entry of a review (see {@link TallyLedger}). */
    static String reviewEntry(String reviewId) {
        return "review:" + reviewId;
    }

    static String complaintEntry(String reference) {
        return "complaint:" + reference;
    }

    static String outcomeEntry(String outcomeId) {
        return "outcome:" + outcomeId;
    }

    static Set<String> ofReview(RatedReview review) {
        Set<String> paths = new LinkedHashSet<>();
        String day = REVIEWS + "." + Windows.dayOf(review.publishedAt());
        paths.add(day + ".s" + review.rating());
        if (review.respondedAt() != null) {
            paths.add(day + ".responded");
            paths.add(RESPONSE_MINUTES + "." + YearMonth.from(Windows.dayOf(review.publishedAt())) + "."
                    + Durations.bucketOf(minutesBetween(review.publishedAt(), review.respondedAt())));
        }
        return paths;
    }

    static Set<String> ofComplaint(ComplaintTimes complaint) {
        Set<String> paths = new LinkedHashSet<>();
        String day = COMPLAINTS + "." + Windows.dayOf(complaint.receivedAt());
        paths.add(day + ".received");
        if (complaint.acknowledgedAt() == null && complaint.closedAt() == null) {
            // Late or not depends on the day it is read: the figures decide that.
            paths.add(day + ".due." + complaint.acknowledgementDueBy());
        } else {
            switch (Acknowledgements.of(complaint.acknowledgementDueBy(), complaint.acknowledgedAt(),
                    complaint.closedAt(), complaint.acknowledgementDueBy())) {
                case ON_TIME -> paths.add(day + ".onTime");
                case LATE -> paths.add(day + ".late");
                case NOT_COUNTED -> { }
            }
        }
        if (complaint.closedAt() != null && complaint.acknowledgedAt() == null) {
            paths.add(day + ".closed." + keyOf(complaint.closedReason() == null ? ComplaintFigures.NOT_STATED
                    : complaint.closedReason()));
        }
        if (complaint.resolvedAt() != null) {
            paths.add(day + ".resolved");
            paths.add(RESOLUTION_MINUTES + "." + YearMonth.from(Windows.dayOf(complaint.receivedAt())) + "."
                    + Durations.bucketOf(minutesBetween(complaint.receivedAt(), complaint.resolvedAt())));
        }
        return paths;
    }

    static Set<String> ofOutcome(String outcome, String reason) {
        Set<String> paths = new LinkedHashSet<>();
        String prefix = OUTCOMES + "." + keyOf(outcome);
        paths.add(prefix + ".n");
        if (reason != null) {
            paths.add(prefix + ".by." + keyOf(reason));
        }
        return paths;
    }

    private static String keyOf(String value) {
        String key = UNSAFE_IN_KEY.matcher(value.toLowerCase(Locale.ROOT)).replaceAll("-");
        return key.isEmpty() ? "-" : key;
    }

    private static long minutesBetween(Instant from, Instant to) {
        // A response cannot come before its review; clock skew between services must not make it negative.
        return Math.max(0, Duration.between(from, to).toMinutes());
    }
}
