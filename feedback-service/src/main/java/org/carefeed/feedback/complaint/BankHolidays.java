package org.carefeed.feedback.complaint;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * England and Wales bank holidays, computed by their rules for any year: New Year's Day, Good Friday,
 * Easter Monday, the early May, spring and summer bank holidays (first Monday of May, last Monday of
 * May, last Monday of August), Christmas Day and Boxing Day. A fixed-date holiday that falls on a
 * weekend, or on a day already a holiday, is given the next weekday that is not (so Christmas on a
 * Saturday gives Monday 27 and Tuesday 28). The one-off days a royal proclamation adds or moves
 * (a jubilee, a coronation, a state funeral) cannot be computed: they come from configuration.
 */
final class BankHolidays {

    private final Set<LocalDate> added;
    private final Set<LocalDate> removed;
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    /**
     * @param added   one-off bank holidays, and the days moved ones moved to
     * @param removed usual bank holidays that a proclamation moved away
     */
    BankHolidays(Set<LocalDate> added, Set<LocalDate> removed) {
        this.added = Set.copyOf(added);
        this.removed = Set.copyOf(removed);
    }

    boolean contains(LocalDate date) {
        return of(date.getYear()).contains(date);
    }

    /** The year's bank holidays, in date order. */
    Set<LocalDate> of(int year) {
        return byYear.computeIfAbsent(year, this::compute);
    }

    private Set<LocalDate> compute(int year) {
        TreeSet<LocalDate> days = new TreeSet<>();
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        LocalDate may = LocalDate.of(year, Month.MAY, 1);
        days.add(may.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(may.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        for (LocalDate fixed : List.of(LocalDate.of(year, Month.JANUARY, 1), LocalDate.of(year, Month.DECEMBER, 25),
                LocalDate.of(year, Month.DECEMBER, 26))) {
            LocalDate day = fixed;
            while (isWeekend(day) || days.contains(day)) {
                day = day.plusDays(1);
            }
            days.add(day);
        }
        days.removeAll(removed);
        added.stream().filter(day -> day.getYear() == year).forEach(days::add);
        return days;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
