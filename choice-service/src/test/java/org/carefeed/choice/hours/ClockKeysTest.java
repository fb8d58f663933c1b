package org.carefeed.choice.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The clock keys answer "open at?" as {@link OpeningHours} does, looked up as a search looks them up.
 * Dates are in 2026: Monday 1 June starts a summer week, the clocks go forward on Sunday 29 March and
 * back on Sunday 25 October, and Monday 25 May is a bank holiday.
 */
class ClockKeysTest {

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("MMM d yyyy", Locale.ENGLISH);

    private static OpeningPeriod weekly(String day, String times) {
        return OpeningPeriod.parse(day, times, "True", "General", "");
    }

    private static OpeningPeriod openOn(String date, String times) {
        return OpeningPeriod.parse("", times, "True", "Additional", date);
    }

    private static OpeningPeriod closedOn(String date) {
        return OpeningPeriod.parse("", "", "False", "Additional", date);
    }

    /** What the search's query asks of a provider's keys. */
    private static boolean found(List<String> keys, LocalDateTime clock) {
        ClockKeys.Probe probe = ClockKeys.at(clock);
        return anyOf(keys, probe.usualWeek()) && !keys.contains(probe.date()) || anyOf(keys, probe.onDate());
    }

    private static boolean anyOf(List<String> keys, Collection<String> wanted) {
        return wanted.stream().anyMatch(keys::contains);
    }

    @Test
    void aUsualDayIsTheFewestBlocksOfTheClock() {
        List<String> keys = ClockKeys.of(List.of(weekly("Monday", "08:45-10:20"), weekly("Tuesday", "00:00-24:00")));

        assertThat(keys).containsExactly("Mon 08:45/15", "Mon 09:00/60", "Mon 10:00/15", "Mon 10:15/5",
                "Tue 00:00/1440");
    }

    @Test
    void aProbeIsTheFiveBlocksAroundTheMinuteOfTheWeekAndOfTheDate() {
        ClockKeys.Probe probe = ClockKeys.at(LocalDateTime.parse("2026-12-25T10:17:42"));

        assertThat(probe.usualWeek()).containsExactly("Fri 00:00/1440", "Fri 10:00/60", "Fri 10:15/15", "Fri 10:15/5",
                "Fri 10:17/1");
        assertThat(probe.date()).isEqualTo("2026-12-25");
        assertThat(probe.onDate()).containsExactly("2026-12-25 00:00/1440", "2026-12-25 10:00/60",
                "2026-12-25 10:15/15", "2026-12-25 10:15/5", "2026-12-25 10:17/1");
    }

    @Test
    void aPeriodPastMidnightIsOnTheNextDaysClockUntilItCloses() {
        List<String> keys = ClockKeys.of(List.of(weekly("Sunday", "22:00-02:00")));

        assertThat(keys).containsExactly("Mon 00:00/60", "Mon 01:00/60", "Sun 22:00/60", "Sun 23:00/60");
        assertThat(found(keys, LocalDateTime.parse("2026-06-08T01:59"))).isTrue();
        assertThat(found(keys, LocalDateTime.parse("2026-06-08T02:00"))).isFalse();
    }

    @Test
    void anAdditionalDateAndTheDayItRunsIntoAreMarkedWithTheirOwnBlocks() {
        List<String> keys = ClockKeys.of(List.of(weekly("Monday", "09:00-10:00"), openOn("May 24 2026", "23:00-01:00"),
                closedOn("May 25 2026")));

        assertThat(keys).containsExactly("Mon 09:00/60", "2026-05-24", "2026-05-24 23:00/60", "2026-05-25",
                "2026-05-25 00:00/60");
        assertThat(found(keys, LocalDateTime.parse("2026-05-25T00:30"))).as("the Sunday's late opening").isTrue();
        assertThat(found(keys, LocalDateTime.parse("2026-05-25T09:30"))).as("the bank holiday").isFalse();
        assertThat(found(keys, LocalDateTime.parse("2026-06-01T09:30"))).as("the next Monday").isTrue();
    }

    @Test
    void aDateNoDifferentFromItsWeekdayNeedsNoKeysOfItsOwn() {
        List<String> keys = ClockKeys.of(List.of(weekly("Monday", "09:00-10:00"), closedOn("May 24 2026"),
                openOn("May 25 2026", "09:00-10:00")));

        assertThat(keys).containsExactly("Mon 09:00/60");
    }

    @Test
    void withoutOpenPeriodsThereAreNoKeys() {
        assertThat(ClockKeys.of(List.of())).isEmpty();
        assertThat(ClockKeys.of(List.of(OpeningPeriod.parse("Monday", "", "False", "General", "")))).isEmpty();
    }

    /**
     * Many made-up sets of hours, with periods past midnight, at odd minutes, of several types, and
     * additional dates open and closed around a bank holiday and both clock changes: at times all
     * through those weeks, the keys find a provider open exactly when its hours say so, and, away from
     * the nights the clocks change, exactly when one of its stretches of opening holds that instant.
     */
    @Test
    void theKeysFindOpenExactlyWhenTheHoursSayOpen() {
        Random random = new Random(20260329);
        LocalDate[] weeks = {LocalDate.of(2026, 3, 23), LocalDate.of(2026, 5, 18), LocalDate.of(2026, 10, 19)};
        for (int provider = 0; provider < 60; provider++) {
            List<OpeningPeriod> periods = madeUpHours(random, weeks);
            OpeningHours hours = OpeningHours.of(periods);
            List<String> keys = ClockKeys.of(periods);
            for (LocalDate monday : weeks) {
                for (LocalDateTime clock = monday.atStartOfDay(); clock.isBefore(monday.plusDays(8).atStartOfDay());
                        clock = clock.plusMinutes(random.nextInt(1, 30))) {
                    for (Instant instant : instantsReading(clock)) {
                        boolean found = found(keys, clock);
                        assertThat(found).as("%s at %s (%s)", periods, clock, instant).isEqualTo(hours.isOpenAt(instant));
                        // One time in eight: working out the stretches is slow.
                        if (!clocksChangeThatNight(clock) && random.nextInt(8) == 0) {
                            assertThat(found).as("%s at %s (%s), by its stretches", periods, clock, instant)
                                    .isEqualTo(hours.closesAt(instant).isPresent());
                        }
                    }
                }
            }
        }
    }

    /**
     * Between midnight and 03:00 on the Sundays the clocks change, a period from or to a time the clocks
     * skip or repeat is read by the clock, not as the instant of its first reading.
     */
    private static boolean clocksChangeThatNight(LocalDateTime clock) {
        LocalDateTime midnight = clock.toLocalDate().atStartOfDay();
        return clock.getHour() < 3 && !OpeningHours.UK.getRules().getOffset(midnight)
                .equals(OpeningHours.UK.getRules().getOffset(midnight.plusHours(4)));
    }

    /** Every instant the UK clock reads this: none in the hour skipped, two in the hour repeated. */
    private static List<Instant> instantsReading(LocalDateTime clock) {
        return OpeningHours.UK.getRules().getValidOffsets(clock).stream()
                .map(offset -> clock.toInstant(offset)).toList();
    }

    private static List<OpeningPeriod> madeUpHours(Random random, LocalDate[] weeks) {
        List<OpeningPeriod> periods = new ArrayList<>();
        String type = random.nextBoolean() ? "General" : "Reception";
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            int periodsThatDay = random.nextInt(0, 3);
            for (int i = 0; i < periodsThatDay; i++) {
                periods.add(OpeningPeriod.parse(name, times(random), "True", type, ""));
            }
            if (random.nextInt(10) == 0) {
                periods.add(OpeningPeriod.parse(name, times(random), "True", "Surgery", ""));
            }
        }
        for (LocalDate monday : weeks) {
            for (int i = random.nextInt(0, 3); i > 0; i--) {
                String date = FILE_DATE.format(monday.plusDays(random.nextInt(0, 7)));
                periods.add(random.nextBoolean() ? closedOn(date) : openOn(date, times(random)));
            }
        }
        return periods;
    }

    /** Opening and closing at whole hours, quarters or any minute; closing at or before opening runs past midnight. */
    private static String times(Random random) {
        return time(random) + "-" + (random.nextInt(8) == 0 ? "24:00" : time(random));
    }

    private static String time(Random random) {
        int hour = random.nextInt(24);
        int minute = switch (random.nextInt(3)) {
            case 0 -> 0;
            case 1 -> 15 * random.nextInt(4);
            default -> random.nextInt(60);
        };
        return String.format("%02d:%02d", hour, minute);
    }

    @Test
    void theClockIsReadInSummerTimeAndInWinterTime() {
        List<String> keys = ClockKeys.of(List.of(weekly("Monday", "09:00-17:00")));
        LocalDateTime summer = ZonedDateTime.parse("2026-03-30T08:30:00Z").withZoneSameInstant(OpeningHours.UK)
                .toLocalDateTime();
        LocalDateTime winter = ZonedDateTime.parse("2026-10-26T08:30:00Z").withZoneSameInstant(OpeningHours.UK)
                .toLocalDateTime();

        assertThat(found(keys, summer)).as("09:30 BST").isTrue();
        assertThat(found(keys, winter)).as("08:30 GMT").isFalse();
    }
}
