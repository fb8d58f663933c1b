package org.carefeed.choice.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Opening hours as keys a database index can look up, so that a search for providers open at a time
 * reads only those that are, whatever their hours. A day of the UK clock is cut into aligned blocks of a
 * day, an hour, a quarter, five minutes and a minute; a provider's keys are the fewest such blocks that
 * together make the minutes it is open, so each minute it is open is in exactly one of its blocks, and a
 * minute it is closed in none. Whether it is open at a time is then whether it has one of the five
 * blocks around that minute: equality on an indexed array, whose entries for those blocks are the
 * providers open then, by their usual week or by that date's hours.
 *
 * <p>The usual week's blocks are named by weekday: {@code Mon 09:00/60} is every Monday from 09:00 to
 * 10:00, {@code Sat 00:00/1440} every Saturday. A date that differs from its weekday (one with additional
 * periods, or the day after, into which they may run) gets a marker, {@code 2026-12-25}, and blocks of its
 * own, {@code 2026-12-25 10:00/60}. So a provider is open at a time if it has a block of the usual week
 * there and no marker for the date, or a block of the date. A period past midnight counts on the next
 * day's clock until it closes, as {@link OpeningHours} has it.
 *
 * <p>Times are those the files give, UK clock times, and a search looks for the clock's reading at the
 * instant asked (see {@link OpeningHours#isOpenAt}).
 */
public final class ClockKeys {

    /** Block sizes in minutes, largest first; each divides the one before, so blocks nest. */
    private static final int[] BLOCKS = {OpeningHours.MINUTES_A_DAY, 60, 15, 5, 1};

    private ClockKeys() {
    }

    /**
     * What to look for to find who is open at one reading of the clock.
     *
     * @param usualWeek the blocks of the usual week around that minute
     * @param date      the marker of that date: with it, the usual week does not apply
     * @param onDate    the blocks of that date around that minute
     */
    public record Probe(List<String> usualWeek, String date, List<String> onDate) {
    }

    /** The keys of a provider's periods, the usual week first; none without open periods. */
    public static List<String> of(List<OpeningPeriod> periods) {
        OpeningHours hours = OpeningHours.of(periods);
        List<String> keys = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            addBlocks(keys, dayName(day), hours.usualMinutesOpen(day));
        }
        for (LocalDate date : differingDates(hours)) {
            keys.add(date.toString());
            addBlocks(keys, date.toString(), hours.minutesOpenOn(date));
        }
        return keys;
    }

    /** What to look for at a UK clock reading; seconds do not matter, as hours are in minutes. */
    public static Probe at(LocalDateTime clock) {
        int minute = clock.getHour() * 60 + clock.getMinute();
        String date = clock.toLocalDate().toString();
        List<String> usualWeek = new ArrayList<>();
        List<String> onDate = new ArrayList<>();
        for (int size : BLOCKS) {
            int start = minute - minute % size;
            usualWeek.add(key(dayName(clock.getDayOfWeek()), start, size));
            onDate.add(key(date, start, size));
        }
        return new Probe(usualWeek, date, onDate);
    }

    /**
     * Dates whose clock is not their weekday's: those with additional periods, and the days after them
     * (a period past midnight runs into the next day), where their minutes differ.
     */
    private static SortedSet<LocalDate> differingDates(OpeningHours hours) {
        SortedSet<LocalDate> dates = new TreeSet<>();
        for (LocalDate additional : hours.additionalDates()) {
            for (LocalDate date : List.of(additional, additional.plusDays(1))) {
                if (!hours.minutesOpenOn(date).equals(hours.usualMinutesOpen(date.getDayOfWeek()))) {
                    dates.add(date);
                }
            }
        }
        return dates;
    }

    /** The fewest aligned blocks that make up the open minutes: at each, the largest that fits. */
    private static void addBlocks(List<String> keys, String prefix, BitSet open) {
        int minute = open.nextSetBit(0);
        while (minute >= 0 && minute < OpeningHours.MINUTES_A_DAY) {
            int size = largestBlockAt(open, minute);
            keys.add(key(prefix, minute, size));
            minute = open.nextSetBit(minute + size);
        }
    }

    private static int largestBlockAt(BitSet open, int minute) {
        for (int size : BLOCKS) {
            if (minute % size == 0 && open.nextClearBit(minute) >= minute + size) {
                return size;
            }
        }
        throw new IllegalStateException("minute " + minute + " is not open");
    }

    /** {@code Mon 09:15/15}: the block's start on the clock and its length in minutes. */
    private static String key(String prefix, int start, int size) {
        return prefix + ' ' + twoDigits(start / 60) + ':' + twoDigits(start % 60) + '/' + size;
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : String.valueOf(value);
    }

    private static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
