package org.carefeed.choice.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.carefeed.choice.complaint.ComplaintFacts.ComplaintTimes;
import org.carefeed.choice.review.ReviewFacts.RatedReview;
import org.junit.jupiter.api.Test;

/** The figures from given facts, without a database. */
class FiguresTest {

    private static final RatingProperties RATINGS = new RatingProperties(5, 3.0, 10, Period.ofMonths(24), "-");
    private static final ComplaintFigureProperties COMPLAINTS = new ComplaintFigureProperties(5, Period.ofMonths(12));
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");

    private static RatedReview review(int rating, Duration respondedAfter) {
        return new RatedReview("r", "P1", rating, AT, respondedAfter == null ? null : AT.plus(respondedAfter));
    }

    /** The counters of these reviews, as the ledger would keep them. */
    private static Counters reviews(List<RatedReview> reviews) {
        return counters(reviews.stream().map(Contributions::ofReview).toList());
    }

    private static Counters complaints(List<ComplaintTimes> complaints) {
        return counters(complaints.stream().map(Contributions::ofComplaint).toList());
    }

    private static Counters counters(List<Set<String>> contributions) {
        Map<String, Long> counts = new TreeMap<>();
        contributions.forEach(paths -> paths.forEach(path -> counts.merge(path, 1L, Long::sum)));
        return new Counters(1, counts);
    }

    @Test
    void belowTheMinimumTheAverageAndFairScoreAreHiddenWithAReason() {
        ReviewFigures figures = ReviewFigures.of(reviews(List.of(review(5, null), review(5, null))), RATINGS,
                LocalDate.parse("2024-11-24"));

        assertThat(figures.reviewCount()).isEqualTo(2);
        assertThat(figures.ratingDistribution()).containsExactly(Map.entry("1", 0L),
                Map.entry("2", 0L), Map.entry("3", 0L), Map.entry("4", 0L),
                Map.entry("5", 2L));
        assertThat(figures.averageRating()).isNull();
        assertThat(figures.fairScore()).isNull();
        assertThat(figures.scoreHiddenReason()).isEqualTo(
                "Fewer than 5 reviews published since 2024-11-24: too few for an average to be fair.");
        assertThat(figures.responseRatePercent()).isZero();
        assertThat(figures.medianResponseHours()).isNull();
    }

    @Test
    void fromTheMinimumTheAverageAndFairScoreAreShown() {
        List<RatedReview> reviews = List.of(review(5, Duration.ofHours(2)), review(4, Duration.ofHours(30)),
                review(4, null), review(3, Duration.ofMinutes(90)), review(1, null));

        ReviewFigures figures = ReviewFigures.of(reviews(reviews), RATINGS, LocalDate.parse("2024-11-24"));

        assertThat(figures.averageRating()).isEqualTo(3.4);
        assertThat(figures.fairScore()).as("(30 + 17) / 15").isEqualTo(3.13);
        assertThat(figures.scoreHiddenReason()).isNull();
        assertThat(figures.respondedCount()).isEqualTo(3);
        assertThat(figures.responseRatePercent()).isEqualTo(60.0);
        assertThat(figures.medianResponseHours()).as("within 1%").isCloseTo(2.0, offset(0.02));
    }

    @Test
    void noReviewsHaveNoResponseRate() {
        ReviewFigures figures = ReviewFigures.of(reviews(List.of()), RATINGS, LocalDate.parse("2024-11-24"));

        assertThat(figures.reviewCount()).isZero();
        assertThat(figures.responseRatePercent()).isNull();
        assertThat(figures.scoreShownFrom()).isEqualTo(5);
    }

    private static ComplaintTimes complaint(LocalDate received, Integer acknowledgedAfterDays, Integer resolvedAfterDays) {
        Instant at = received.atTime(12, 0).atZone(Windows.LONDON).toInstant();
        return new ComplaintTimes("c", "P1", at, received.plusDays(3),
                acknowledgedAfterDays == null ? null : at.plus(Duration.ofDays(acknowledgedAfterDays)),
                resolvedAfterDays == null ? null : at.plus(Duration.ofDays(resolvedAfterDays)), null, null);
    }

    @Test
    void complaintFiguresAreSuppressedBelowTheMinimum() {
        List<ComplaintTimes> four = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            four.add(complaint(TODAY.minusDays(20), 1, 5));
        }

        ComplaintFigures figures = ComplaintFigures.of(complaints(four), COMPLAINTS, TODAY, LocalDate.parse("2025-11-24"));

        assertThat(figures.suppressed()).isTrue();
        assertThat(figures.suppressedReason()).startsWith("Fewer than 5 complaints");
        assertThat(figures.receivedCount()).isNull();
        assertThat(figures.acknowledgedOnTimePercent()).isNull();
        assertThat(figures.medianDaysToResolution()).isNull();
    }

    @Test
    void complaintFiguresFromTheMinimumLeaveOutThoseNotYetDue() {
        List<ComplaintTimes> complaints = List.of(
                complaint(TODAY.minusDays(30), 1, 10),
                complaint(TODAY.minusDays(30), 3, 4),
                complaint(TODAY.minusDays(30), 5, null),
                complaint(TODAY.minusDays(30), null, null),
                complaint(TODAY.minusDays(1), null, null),
                complaint(TODAY.minusDays(30), 2, 7));

        ComplaintFigures figures = ComplaintFigures.of(complaints(complaints), COMPLAINTS, TODAY, LocalDate.parse("2025-11-24"));

        assertThat(figures.suppressed()).isFalse();
        assertThat(figures.receivedCount()).isEqualTo(6);
        assertThat(figures.acknowledgedOnTime()).isEqualTo(3);
        assertThat(figures.acknowledgedLate()).as("one after its due day, one never and overdue").isEqualTo(2);
        assertThat(figures.acknowledgedOnTimePercent()).isEqualTo(60.0);
        assertThat(figures.resolvedCount()).isEqualTo(3);
        assertThat(figures.medianDaysToResolution()).as("within 1%").isCloseTo(7.0, offset(0.07));
    }

    @Test
    void complaintsClosedWithoutEverBeingAcknowledgedAreCountedByReason() {
        Instant at = TODAY.minusDays(20).atTime(12, 0).atZone(Windows.LONDON).toInstant();
        List<ComplaintTimes> complaints = new ArrayList<>(List.of(
                new ComplaintTimes("c", "P1", at, TODAY.minusDays(17), null, null, at.plus(Duration.ofDays(1)), "duplicate"),
                new ComplaintTimes("c", "P1", at, TODAY.minusDays(17), null, null, at.plus(Duration.ofDays(9)), "out-of-scope"),
                new ComplaintTimes("c", "P1", at, TODAY.minusDays(17), null, null, at.plus(Duration.ofDays(9)), "out-of-scope"),
                new ComplaintTimes("c", "P1", at, TODAY.minusDays(17), null, null, at.plus(Duration.ofDays(2)), null),
                new ComplaintTimes("c", "P1", at, TODAY.minusDays(17), at.plus(Duration.ofDays(1)), null, at.plus(Duration.ofDays(5)),
                        "withdrawn-by-complainant")));

        ComplaintFigures figures = ComplaintFigures.of(complaints(complaints), COMPLAINTS, TODAY, LocalDate.parse("2025-11-24"));

        assertThat(figures.closedWithoutAcknowledgement()).as("the one acknowledged before closing is not among them")
                .containsExactly(Map.entry("duplicate", 1L), Map.entry("not-stated", 1L), Map.entry("out-of-scope", 2L));
    }
}
