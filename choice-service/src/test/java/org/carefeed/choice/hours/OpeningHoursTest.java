package org.carefeed.choice.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Open now, closing and next opening, in UK time. Dates are in 2026: Monday 1 June starts a summer week,
 * the clocks go forward on Sunday 29 March and back on Sunday 25 October, and Monday 25 May is a bank
 * holiday.
 */
class OpeningHoursTest {

    /** A surgery open Monday to Friday, 09:00-13:00 and 14:00-17:30, closed at weekends. */
    private static final OpeningHours WEEKDAYS = OpeningHours.of(weekdays());

    private static List<OpeningPeriod> weekdays() {
        List<OpeningPeriod> periods = new ArrayList<>();
        for (String day : List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")) {
            periods.add(weekly(day, "09:00-13:00"));
            periods.add(weekly(day, "14:00-17:30"));
        }
        return periods;
    }

    private static OpeningPeriod weekly(String day, String times) {
        return weekly("General", day, times);
    }

    private static OpeningPeriod weekly(String type, String day, String times) {
        return OpeningPeriod.parse(day, times, "True", type, "");
    }

    private static OpeningPeriod openOn(String date, String times) {
        return OpeningPeriod.parse("", times, "True", "Additional", date);
    }

    private static OpeningPeriod closedOn(String date) {
        return OpeningPeriod.parse("", "", "False", "Additional", date);
    }

    private static OpeningHours hours(OpeningPeriod... periods) {
        return OpeningHours.of(List.of(periods));
    }

    private static OpeningHours weekdaysAnd(OpeningPeriod... more) {
        List<OpeningPeriod> periods = weekdays();
        periods.addAll(List.of(more));
        return OpeningHours.of(periods);
    }

    /** An instant by the clock in the UK. */
    private static Instant uk(String localDateTime) {
        return ukTime(localDateTime).toInstant();
    }

    private static ZonedDateTime ukTime(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), OpeningHours.UK);
    }

    @Test
    void isOpenInTheMorningAndTheAfternoonButNotOverLunch() {
        assertThat(WEEKDAYS.isOpenAt(uk("2026-06-03T10:00"))).isTrue();
        assertThat(WEEKDAYS.isOpenAt(uk("2026-06-03T13:30"))).isFalse();
        assertThat(WEEKDAYS.isOpenAt(uk("2026-06-03T15:00"))).isTrue();
    }

    @Test
    void isOpenFromTheOpeningMinuteUntilJustBeforeClosing() {
        assertThat(WEEKDAYS.isOpenAt(uk("2026-06-03T08:59"))).isFalse();
        assertThat(WEEKDAYS.isOpenAt(uk("2026-06-03T09:00"))).isTrue();
        assertThat(WEEKDAYS.isOpenAt(uk("2026-06-03T17:29"))).isTrue();
        assertThat(WEEKDAYS.isOpenAt(uk("2026-06-03T17:30"))).isFalse();
    }

    @Test
    void isClosedAtTheWeekend() {
        assertThat(WEEKDAYS.isOpenAt(uk("2026-06-06T10:00"))).isFalse();
        assertThat(WEEKDAYS.isOpenAt(uk("2026-06-07T10:00"))).isFalse();
    }

    @Test
    void closesAtTheEndOfTheCurrentPeriod() {
        assertThat(WEEKDAYS.closesAt(uk("2026-06-03T10:00"))).contains(ukTime("2026-06-03T13:00"));
        assertThat(WEEKDAYS.closesAt(uk("2026-06-03T13:30"))).isEmpty();
    }

    @Test
    void closesAtTheEndOfAdjacentPeriodsTakenAsOne() {
        OpeningHours hours = hours(weekly("Monday", "09:00-13:00"), weekly("Monday", "13:00-17:30"));

        assertThat(hours.isOpenAt(uk("2026-06-01T13:00"))).isTrue();
        assertThat(hours.closesAt(uk("2026-06-01T10:00"))).contains(ukTime("2026-06-01T17:30"));
        assertThat(hours.nextOpening(uk("2026-06-01T10:00"))).contains(ukTime("2026-06-08T09:00"));
    }

    @Test
    void opensAtNineOnTheMondayAfterAFridayEvening() {
        assertThat(WEEKDAYS.nextOpening(uk("2026-06-05T18:00"))).contains(ukTime("2026-06-08T09:00"));
        assertThat(WEEKDAYS.nextOpening(uk("2026-06-06T12:00"))).contains(ukTime("2026-06-08T09:00"));
    }

    @Test
    void opensAgainAtTwoWhenClosedForLunch() {
        assertThat(WEEKDAYS.nextOpening(uk("2026-06-03T13:30"))).contains(ukTime("2026-06-03T14:00"));
    }

    @Test
    void opensNowWhenItOpensExactlyNow() {
        assertThat(WEEKDAYS.nextOpening(uk("2026-06-03T09:00"))).contains(ukTime("2026-06-03T09:00"));
    }

    @Test
    void nextOpensAfterTheCurrentStretchWhenOpen() {
        assertThat(WEEKDAYS.nextOpening(uk("2026-06-03T09:01"))).contains(ukTime("2026-06-03T14:00"));
    }

    @Test
    void statusWhenOpenSaysWhenItClosesAndWhenItReopens() {
        assertThat(WEEKDAYS.status(uk("2026-06-03T10:00"))).isEqualTo(
                new OpeningHours.Status(true, ukTime("2026-06-03T13:00"), ukTime("2026-06-03T14:00")));
    }

    @Test
    void statusWhenClosedSaysOnlyWhenItOpens() {
        assertThat(WEEKDAYS.status(uk("2026-06-05T18:00"))).isEqualTo(
                new OpeningHours.Status(false, null, ukTime("2026-06-08T09:00")));
    }

    @Test
    void aClosedBankHolidayClosesTheWholeWeekday() {
        OpeningHours hours = weekdaysAnd(closedOn("May 25 2026"));

        assertThat(hours.isOpenAt(uk("2026-05-25T10:00"))).isFalse();
        assertThat(hours.isOpenAt(uk("2026-05-25T15:00"))).isFalse();
        assertThat(hours.nextOpening(uk("2026-05-23T12:00"))).contains(ukTime("2026-05-26T09:00"));
        assertThat(hours.isOpenAt(uk("2026-06-01T10:00"))).isTrue();
    }

    @Test
    void anAdditionalDateOpensOnASundayOnly() {
        OpeningHours hours = weekdaysAnd(openOn("May 31 2026", "10:00-16:00"));

        assertThat(hours.nextOpening(uk("2026-05-29T18:00"))).contains(ukTime("2026-05-31T10:00"));
        assertThat(hours.isOpenAt(uk("2026-05-31T12:00"))).isTrue();
        assertThat(hours.closesAt(uk("2026-05-31T12:00"))).contains(ukTime("2026-05-31T16:00"));
        assertThat(hours.isOpenAt(uk("2026-06-07T12:00"))).isFalse();
    }

    @Test
    void anAdditionalDateReplacesTheWeekdaysHours() {
        OpeningHours hours = weekdaysAnd(openOn("Jun  3 2026", "10:00-12:00"));

        assertThat(hours.isOpenAt(uk("2026-06-03T09:30"))).isFalse();
        assertThat(hours.isOpenAt(uk("2026-06-03T11:00"))).isTrue();
        assertThat(hours.closesAt(uk("2026-06-03T11:00"))).contains(ukTime("2026-06-03T12:00"));
        assertThat(hours.isOpenAt(uk("2026-06-03T15:00"))).isFalse();
        assertThat(hours.nextOpening(uk("2026-06-03T12:00"))).contains(ukTime("2026-06-04T09:00"));
    }

    @Test
    void aPeriodPastMidnightIsOpenInTheSmallHoursOfTheNextDay() {
        OpeningHours hours = hours(weekly("Friday", "22:00-02:00"));

        assertThat(hours.isOpenAt(uk("2026-06-05T21:59"))).isFalse();
        assertThat(hours.isOpenAt(uk("2026-06-05T23:00"))).isTrue();
        assertThat(hours.isOpenAt(uk("2026-06-06T01:59"))).isTrue();
        assertThat(hours.isOpenAt(uk("2026-06-06T02:00"))).isFalse();
        assertThat(hours.closesAt(uk("2026-06-06T01:00"))).contains(ukTime("2026-06-06T02:00"));
        assertThat(hours.isOpenAt(uk("2026-06-05T01:00"))).isFalse();
    }

    @Test
    void aPeriodPastMidnightBelongsToTheDayItOpensEvenBeforeABankHoliday() {
        OpeningHours hours = hours(weekly("Sunday", "22:00-02:00"), weekly("Monday", "22:00-02:00"),
                closedOn("May 25 2026"));

        assertThat(hours.isOpenAt(uk("2026-05-25T01:00"))).isTrue();
        assertThat(hours.isOpenAt(uk("2026-05-25T23:00"))).isFalse();
    }

    @Test
    void aPeriodToTwentyFourHundredClosesAtMidnight() {
        OpeningHours hours = hours(weekly("Monday", "18:00-24:00"));

        assertThat(hours.isOpenAt(uk("2026-06-01T23:59"))).isTrue();
        assertThat(hours.isOpenAt(uk("2026-06-02T00:00"))).isFalse();
        assertThat(hours.closesAt(uk("2026-06-01T20:00"))).contains(ukTime("2026-06-02T00:00"));
    }

    @Test
    void aPeriodToMidnightRunsOnIntoOneFromMidnight() {
        OpeningHours hours = hours(weekly("Monday", "18:00-24:00"), weekly("Tuesday", "00:00-06:00"));

        assertThat(hours.isOpenAt(uk("2026-06-02T00:00"))).isTrue();
        assertThat(hours.closesAt(uk("2026-06-01T20:00"))).contains(ukTime("2026-06-02T06:00"));
        assertThat(hours.nextOpening(uk("2026-06-01T12:00"))).contains(ukTime("2026-06-01T18:00"));
    }

    @Test
    void alwaysOpenNeitherClosesNorOpens() {
        List<OpeningPeriod> periods = new ArrayList<>();
        for (String day : List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")) {
            periods.add(weekly(day, "00:00-24:00"));
        }
        OpeningHours hours = OpeningHours.of(periods);

        assertThat(hours.status(uk("2026-06-03T03:00"))).isEqualTo(new OpeningHours.Status(true, null, null));
    }

    @Test
    void opensAtNineSummerTimeOnTheMondayAfterTheClocksGoForward() {
        OpeningHours hours = hours(weekly("Monday", "09:00-17:00"));

        assertThat(hours.isOpenAt(Instant.parse("2026-03-23T08:30:00Z"))).isFalse();
        assertThat(hours.isOpenAt(Instant.parse("2026-03-30T08:30:00Z"))).isTrue();
        assertThat(hours.nextOpening(Instant.parse("2026-03-28T12:00:00Z")).map(ZonedDateTime::toInstant))
                .contains(Instant.parse("2026-03-30T08:00:00Z"));
        assertThat(hours.closesAt(Instant.parse("2026-03-30T08:30:00Z")).map(ZonedDateTime::toInstant))
                .contains(Instant.parse("2026-03-30T16:00:00Z"));
    }

    @Test
    void opensAtNineGreenwichTimeOnTheMondayAfterTheClocksGoBack() {
        OpeningHours hours = hours(weekly("Monday", "09:00-17:00"));

        assertThat(hours.isOpenAt(Instant.parse("2026-10-19T08:30:00Z"))).isTrue();
        assertThat(hours.isOpenAt(Instant.parse("2026-10-26T08:30:00Z"))).isFalse();
        assertThat(hours.nextOpening(Instant.parse("2026-10-24T12:00:00Z")).map(ZonedDateTime::toInstant))
                .contains(Instant.parse("2026-10-26T09:00:00Z"));
        assertThat(hours.closesAt(Instant.parse("2026-10-26T09:30:00Z")).map(ZonedDateTime::toInstant))
                .contains(Instant.parse("2026-10-26T17:00:00Z"));
    }

    @Test
    void aPeriodFromTheHourTheClocksSkipOpensWhenTheyHaveGoneForward() {
        OpeningHours hours = hours(weekly("Sunday", "01:00-03:00"));

        // 01:00 GMT does not exist on 29 March: the period opens at 02:00 BST, 01:00Z, and closes at 03:00 BST.
        assertThat(hours.nextOpening(Instant.parse("2026-03-28T12:00:00Z")).map(ZonedDateTime::toInstant))
                .contains(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(hours.isOpenAt(Instant.parse("2026-03-29T00:30:00Z"))).isFalse();
        assertThat(hours.isOpenAt(Instant.parse("2026-03-29T01:30:00Z"))).isTrue();
        assertThat(hours.closesAt(Instant.parse("2026-03-29T01:30:00Z")).map(ZonedDateTime::toInstant))
                .contains(Instant.parse("2026-03-29T02:00:00Z"));
        assertThat(hours.isOpenAt(Instant.parse("2026-03-29T02:00:00Z"))).isFalse();
    }

    @Test
    void aPeriodOverTheHourTheClocksRepeatOpensInSummerTimeAndClosesInGreenwichTime() {
        OpeningHours hours = hours(weekly("Sunday", "01:00-03:00"));

        assertThat(hours.nextOpening(Instant.parse("2026-10-24T12:00:00Z")).map(ZonedDateTime::toInstant))
                .contains(Instant.parse("2026-10-25T00:00:00Z"));
        assertThat(hours.isOpenAt(Instant.parse("2026-10-25T02:30:00Z"))).isTrue();
        assertThat(hours.closesAt(Instant.parse("2026-10-25T00:30:00Z")).map(ZonedDateTime::toInstant))
                .contains(Instant.parse("2026-10-25T03:00:00Z"));
    }

    @Test
    void openAtAnInstantIsWhatTheClockReadsThenInTheHoursTheClocksRepeatOrSkip() {
        OpeningHours hours = hours(weekly("Sunday", "00:00-01:30"));

        // 25 October: 01:15 comes twice, at 00:15Z in summer time and at 01:15Z in Greenwich time.
        assertThat(hours.isOpenAt(Instant.parse("2026-10-25T00:15:00Z"))).isTrue();
        assertThat(hours.isOpenAt(Instant.parse("2026-10-25T01:15:00Z"))).isTrue();
        assertThat(hours.isOpenAt(Instant.parse("2026-10-25T01:30:00Z"))).isFalse();
        // 29 March: 01:00Z reads 02:00 BST, past the closing time.
        assertThat(hours.isOpenAt(Instant.parse("2026-03-29T00:59:00Z"))).isTrue();
        assertThat(hours.isOpenAt(Instant.parse("2026-03-29T01:00:00Z"))).isFalse();
    }

    @Test
    void usesReceptionHoursWhenThereAreNoGeneralOnes() {
        OpeningHours hours = hours(weekly("Reception", "Monday", "08:00-18:30"),
                weekly("Surgery", "Monday", "09:00-12:00"));

        assertThat(hours.isOpenAt(uk("2026-06-01T08:15"))).isTrue();
        assertThat(hours.isOpenAt(uk("2026-06-01T17:00"))).isTrue();
        assertThat(hours.closesAt(uk("2026-06-01T10:00"))).contains(ukTime("2026-06-01T18:30"));
    }

    @Test
    void prefersGeneralHoursToReceptionOnes() {
        OpeningHours hours = hours(weekly("Reception", "Monday", "08:00-18:30"),
                weekly("General", "Monday", "09:00-17:00"));

        assertThat(hours.isOpenAt(uk("2026-06-01T08:15"))).isFalse();
    }

    @Test
    void usesSurgeryHoursWhenThereAreNeitherGeneralNorReceptionOnes() {
        OpeningHours hours = hours(weekly("Surgery", "Monday", "09:00-12:00"),
                weekly("Extended", "Monday", "18:30-20:00"));

        assertThat(hours.isOpenAt(uk("2026-06-01T10:00"))).isTrue();
        assertThat(hours.isOpenAt(uk("2026-06-01T19:00"))).isFalse();
    }

    @Test
    void usesEveryWeeklyPeriodWhenNoneIsOfAPreferredType() {
        OpeningHours hours = hours(weekly("Extended", "Monday", "18:30-20:00"),
                weekly("Clinic", "Monday", "09:00-12:00"));

        assertThat(hours.isOpenAt(uk("2026-06-01T10:00"))).isTrue();
        assertThat(hours.isOpenAt(uk("2026-06-01T19:00"))).isTrue();
    }

    @Test
    void aClosedWeekdayRowLeavesTheDayClosed() {
        OpeningHours hours = hours(weekly("Saturday", "09:00-12:00"),
                OpeningPeriod.parse("Sunday", "", "False", "General", ""));

        assertThat(hours.hasHours()).isTrue();
        assertThat(hours.isOpenAt(uk("2026-06-07T10:00"))).isFalse();
        assertThat(hours.nextOpening(uk("2026-06-07T10:00"))).contains(ukTime("2026-06-13T09:00"));
    }

    @Test
    void withoutPeriodsItHasNoHoursAndClaimsNothing() {
        OpeningHours hours = OpeningHours.of(List.of());

        assertThat(hours.hasHours()).isFalse();
        assertThat(hours.status(uk("2026-06-03T10:00"))).isEqualTo(new OpeningHours.Status(false, null, null));
        assertThat(OpeningHours.of(null).hasHours()).isFalse();
    }

    @Test
    void looksNoMoreThanFourteenDaysAhead() {
        OpeningHours in13Days = hours(openOn("Jun 16 2026", "10:00-12:00"));
        OpeningHours in20Days = hours(openOn("Jun 23 2026", "10:00-12:00"));

        assertThat(in13Days.nextOpening(uk("2026-06-03T10:00"))).contains(ukTime("2026-06-16T10:00"));
        assertThat(in20Days.nextOpening(uk("2026-06-03T10:00"))).isEmpty();
    }

    @Test
    void theWeekListsMondayToSundayWithTheirPeriodsInOrder() {
        OpeningHours hours = hours(weekly("Monday", "14:00-17:30"), weekly("Monday", "09:00-13:00"),
                weekly("Friday", "18:00-24:00"), OpeningPeriod.parse("Sunday", "", "False", "General", ""),
                openOn("May 31 2026", "10:00-16:00"));

        assertThat(hours.weekly()).containsExactly(
                new OpeningHours.WeeklyDay("Monday", List.of("09:00-13:00", "14:00-17:30")),
                new OpeningHours.WeeklyDay("Tuesday", List.of()),
                new OpeningHours.WeeklyDay("Wednesday", List.of()),
                new OpeningHours.WeeklyDay("Thursday", List.of()),
                new OpeningHours.WeeklyDay("Friday", List.of("18:00-24:00")),
                new OpeningHours.WeeklyDay("Saturday", List.of()),
                new OpeningHours.WeeklyDay("Sunday", List.of()));
    }

    @Test
    void theWeekShowsTheSameTypeOfHoursAsOpenNow() {
        OpeningHours hours = hours(weekly("Reception", "Monday", "08:00-18:30"),
                weekly("Surgery", "Monday", "09:00-12:00"));

        assertThat(hours.weekly().get(0).times()).containsExactly("08:00-18:30");
    }

    @Test
    void listsTheAdditionalDatesFromADayOnInOrder() {
        OpeningPeriod easterMonday = closedOn("Apr  6 2026");
        OpeningPeriod bankHoliday = closedOn("May 25 2026");
        OpeningPeriod sundayAfternoon = openOn("May 31 2026", "13:00-16:00");
        OpeningPeriod sundayMorning = openOn("May 31 2026", "10:00-12:00");
        OpeningHours hours = hours(sundayAfternoon, weekly("Monday", "09:00-17:00"), bankHoliday, easterMonday,
                sundayMorning);

        assertThat(hours.additionalFrom(LocalDate.of(2026, 5, 25)))
                .containsExactly(bankHoliday, sundayMorning, sundayAfternoon);
        assertThat(hours.additionalFrom(LocalDate.of(2026, 6, 1))).isEmpty();
    }
}
