package org.carefeed.feedback.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The computed calendar against the days gov.uk/bank-holidays published for England and Wales. */
class BankHolidaysTest {

    private final BankHolidays usual = new BankHolidays(Set.of(), Set.of());

    private static List<LocalDate> days(String... dates) {
        return Arrays.stream(dates).map(LocalDate::parse).toList();
    }

    @Test
    void theRulesGiveThePublishedDaysOfOrdinaryYears() {
        assertThat(usual.of(2025)).containsExactlyElementsOf(days("2025-01-01", "2025-04-18", "2025-04-21",
                "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"));
        assertThat(usual.of(2026)).as("Boxing Day on a Saturday").containsExactlyElementsOf(days("2026-01-01",
                "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"));
        assertThat(usual.of(2027)).as("Christmas on a Saturday").containsExactlyElementsOf(days("2027-01-01",
                "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"));
        assertThat(usual.of(2021)).as("New Year's Day on a Friday, Christmas on a Saturday").containsExactlyElementsOf(
                days("2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30",
                        "2021-12-27", "2021-12-28"));
    }

    @Test
    void christmasOnASundayIsSubstitutedAfterBoxingDay() {
        assertThat(usual.of(2022)).contains(LocalDate.parse("2022-01-03"), LocalDate.parse("2022-12-26"),
                LocalDate.parse("2022-12-27")).doesNotContain(LocalDate.parse("2022-12-25"));
    }

    @Test
    void oneOffAndMovedDaysComeFromConfiguration() {
        BankHolidays configured = new BankHolidays(
                Set.of(LocalDate.parse("2022-06-02"), LocalDate.parse("2022-06-03"), LocalDate.parse("2022-09-19")),
                Set.of(LocalDate.parse("2022-05-30")));

        assertThat(configured.of(2022)).containsExactlyElementsOf(days("2022-01-03", "2022-04-15", "2022-04-18",
                "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"));
        assertThat(configured.contains(LocalDate.parse("2022-05-30"))).isFalse();
    }

    @Test
    void easterFollowsTheGregorianRule() {
        assertThat(BankHolidays.easterSunday(2024)).isEqualTo(LocalDate.parse("2024-03-31"));
        assertThat(BankHolidays.easterSunday(2038)).isEqualTo(LocalDate.parse("2038-04-25"));
        assertThat(BankHolidays.easterSunday(2285)).isEqualTo(LocalDate.parse("2285-03-22"));
    }

    @Test
    void theServiceRefusesToStartWithinAYearOfWhatWasChecked() {
        ComplaintProperties.BankHolidayExceptions checked =
                new ComplaintProperties.BankHolidayExceptions(Set.of(), Set.of(), LocalDate.parse("2027-12-31"));

        checked.requireCheckedAYearAhead(LocalDate.parse("2026-12-31"));
        assertThatThrownBy(() -> checked.requireCheckedAYearAhead(LocalDate.parse("2027-01-01")))
                .hasMessageContaining("checked-until is 2027-12-31").hasMessageContaining("gov.uk/bank-holidays");
        assertThatThrownBy(() -> new ComplaintProperties.BankHolidayExceptions(Set.of(), Set.of(), null)
                .requireCheckedAYearAhead(LocalDate.parse("2026-12-02"))).hasMessageContaining("not set");
    }
}
