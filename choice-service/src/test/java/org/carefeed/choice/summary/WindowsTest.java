package org.carefeed.choice.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

class WindowsTest {

    @Test
    void aWindowStartsOnTheSameDayMonthsBefore() {
        assertThat(Windows.since(LocalDate.parse("2026-11-24"), Period.ofMonths(24))).isEqualTo("2024-11-24");
        assertThat(Windows.since(LocalDate.parse("2026-11-24"), Period.ofMonths(12))).isEqualTo("2025-11-24");
    }

    @Test
    void aWindowFromTheEndOfAMonthStartsOnTheLastDayThatExists() {
        assertThat(Windows.since(LocalDate.parse("2026-02-28"), Period.ofMonths(24))).isEqualTo("2024-02-28");
        assertThat(Windows.since(LocalDate.parse("2025-03-31"), Period.ofMonths(1))).isEqualTo("2025-02-28");
    }

    @Test
    void aWindowStartsAtMidnightInEngland() {
        assertThat(Windows.start(LocalDate.parse("2026-07-01"))).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
        assertThat(Windows.start(LocalDate.parse("2026-01-01"))).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void daysAreDaysInEngland() {
        assertThat(Windows.dayOf(Instant.parse("2026-07-01T23:30:00Z"))).isEqualTo("2026-07-02");
        assertThat(Windows.dayOf(Instant.parse("2026-12-01T23:30:00Z"))).isEqualTo("2026-12-01");
    }
}
