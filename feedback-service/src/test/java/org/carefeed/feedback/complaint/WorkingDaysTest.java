package org.carefeed.feedback.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays workingDays = new WorkingDays(new BankHolidays(Set.of(), Set.of()));

    @Test
    void threeWorkingDaysAfterAMondayIsThursday() {
        assertThat(workingDays.after(LocalDate.parse("2026-11-23"), 3)).isEqualTo(LocalDate.parse("2026-11-26"));
    }

    @Test
    void weekendsDoNotCount() {
        assertThat(workingDays.after(LocalDate.parse("2026-11-26"), 3)).as("from a Thursday")
                .isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(workingDays.after(LocalDate.parse("2026-11-28"), 3)).as("from a Saturday")
                .isEqualTo(LocalDate.parse("2026-12-02"));
    }

    @Test
    void bankHolidaysDoNotCount() {
        // Thu 24 Dec; Christmas Day and the Boxing Day substitute (Mon 28) are bank holidays.
        assertThat(workingDays.after(LocalDate.parse("2026-12-24"), 3)).isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
    }
}
