package org.carefeed.choice.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MonthCountTest {

    private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void countsOutcomesAndTheReasonsOfRejectionsAndRemovals() {
        MonthCount month = new MonthCount();
        month.count("received", null);
        month.count("rejected", "abusive");
        month.count("rejected", null);
        month.count("removed", "spam");
        month.count("withdrawn", "ignored-for-withdrawals");

        ModerationFigures figures = month.figures("2026-11");
        assertThat(figures.received()).isEqualTo(1);
        assertThat(figures.rejected()).isEqualTo(2);
        assertThat(figures.rejectedByReason()).isEqualTo(Map.of("abusive", 1L, MonthCount.NOT_STATED, 1L));
        assertThat(figures.removedByReason()).isEqualTo(Map.of("spam", 1L));
        assertThat(figures.withdrawn()).isEqualTo(1);
        assertThat(figures.decisionsTimed()).isZero();
        assertThat(figures.medianHoursToDecision()).isNull();
        assertThat(figures.p90HoursToDecision()).isNull();
    }

    @Test
    void monthsAddUpAndSurviveBeingStored() {
        MonthCount march = new MonthCount();
        march.count("published", null);
        march.decided(AT, AT.plus(Duration.ofMinutes(30)));
        MonthCount april = new MonthCount();
        april.count("rejected", "abusive");
        april.decided(AT, AT.plus(Duration.ofMinutes(6)));
        april.decided(AT, AT.minus(Duration.ofMinutes(5)));
        MonthCount stored = MonthCount.of(april.countsDocument(), april.decisionMinutesDocument());

        MonthCount both = new MonthCount();
        both.add(march);
        both.add(stored);
        ModerationFigures figures = both.figures("2026-03/2026-04");
        assertThat(figures.published()).isEqualTo(1);
        assertThat(figures.rejectedByReason()).isEqualTo(Map.of("abusive", 1L));
        // 0 (a decision before its submission counts as none), 6 and 30 minutes.
        assertThat(figures.decisionsTimed()).isEqualTo(3);
        assertThat(figures.medianHoursToDecision()).isEqualTo(0.1);
        assertThat(figures.p90HoursToDecision()).isEqualTo(0.5);
    }
}
