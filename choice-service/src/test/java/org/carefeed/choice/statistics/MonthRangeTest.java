package org.carefeed.choice.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;

import org.carefeed.platform.web.InvalidRequest;
import org.junit.jupiter.api.Test;

class MonthRangeTest {

    private static final YearMonth NOW = YearMonth.of(2026, 12);

    @Test
    void defaultsToWhereTheDataBeginsAndThisMonth() {
        MonthRange range = MonthRange.asked(null, null).within(YearMonth.of(2025, 11), NOW);
        assertThat(range).isEqualTo(new MonthRange(YearMonth.of(2025, 11), NOW));
        assertThat(range.months()).hasSize(14).startsWith(YearMonth.of(2025, 11)).endsWith(NOW);
        assertThat(range.period()).isEqualTo("2025-11/2026-12");
    }

    @Test
    void defaultFromReachesBackNoFurtherThanARangeMay() {
        MonthRange range = MonthRange.asked(null, null).within(YearMonth.of(1990, 1), NOW);
        assertThat(range.months()).hasSize(MonthRange.MAX_MONTHS);
        assertThat(MonthRange.asked(null, "2020-01").within(YearMonth.of(2025, 1), NOW))
                .as("data beginning after the end asked for").isEqualTo(new MonthRange(YearMonth.of(2020, 1),
                        YearMonth.of(2020, 1)));
    }

    @Test
    void givenMonthsAreKept() {
        assertThat(MonthRange.asked("2011-03", "2011-04").within(NOW, NOW))
                .isEqualTo(new MonthRange(YearMonth.of(2011, 3), YearMonth.of(2011, 4)));
    }

    @Test
    void rejectsWhatIsNotAMonth() {
        for (String bad : new String[] {"2011-13", "2011-3", "March", "2011-03-01", "", "+2011-03"}) {
            assertThatThrownBy(() -> MonthRange.asked(bad, null)).as(bad).isInstanceOf(InvalidRequest.class);
            assertThatThrownBy(() -> MonthRange.asked(null, bad)).as(bad).isInstanceOf(InvalidRequest.class);
        }
    }

    @Test
    void rejectsBackwardsAndTooLongRanges() {
        assertThatThrownBy(() -> MonthRange.asked("2011-05", "2011-04").within(NOW, NOW))
                .isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> MonthRange.asked("1900-01", "2100-01").within(NOW, NOW))
                .isInstanceOf(InvalidRequest.class);
        assertThat(MonthRange.asked("2007-01", "2026-12").within(NOW, NOW).months()).hasSize(MonthRange.MAX_MONTHS);
    }
}
