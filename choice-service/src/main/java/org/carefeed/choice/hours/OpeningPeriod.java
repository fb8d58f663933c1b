package org.carefeed.choice.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of an NHS Choices opening-times file: a stretch of opening on a day of every week
 * ({@code day} set, {@code date} null) or on one additional date such as a bank holiday ({@code date}
 * set, {@code day} null). A closed row has {@code open} false and no times. {@code closes} at or before
 * {@code opens} means the period runs past midnight into the next day; "24:00" is kept as 00:00.
 *
 * @param type the OpeningTimeType in lower case, such as {@code general}, {@code additional},
 *     {@code reception} or {@code surgery}
 */
public record OpeningPeriod(String type, DayOfWeek day, LocalDate date, LocalTime opens, LocalTime closes,
        boolean open) {

    /** HH:MM-HH:MM once spaces are gone; an en dash, as typed by a word processor, counts as the hyphen. */
    private static final Pattern TIMES = Pattern.compile("(\\d{1,2}):(\\d{2})[-\u2013](\\d{1,2}):(\\d{2})");
    /** "Apr 18 2014"; the files pad single-digit days ("May  5 2014"), so spaces are collapsed first. */
    private static final DateTimeFormatter ADDITIONAL_DATE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("MMM d uuuu")
            .toFormatter(Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);

    public OpeningPeriod {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("An opening period needs a type");
        }
        // Lower case here as well as in parse, so periods read back from storage compare the same way.
        type = type.strip().toLowerCase(Locale.ROOT);
        if ((day == null) == (date == null)) {
            throw new IllegalArgumentException("An opening period is either for a day of the week or for one date");
        }
        if (open ? opens == null || closes == null : opens != null || closes != null) {
            throw new IllegalArgumentException("An open period needs both times and a closed one neither");
        }
    }

    /**
     * Reads one row's fields, as they are in the file (null is taken as empty).
     *
     * @throws IllegalArgumentException saying what is wrong with the row, for a person to fix
     */
    public static OpeningPeriod parse(String weekDay, String times, String isOpen, String openingTimeType,
            String additionalDate) {
        String type = text(openingTimeType);
        if (type.isEmpty()) {
            throw new IllegalArgumentException("OpeningTimeType is empty: give General, Additional or another type");
        }
        boolean open = isOpen(text(isOpen));
        LocalDate date = additionalDate(text(additionalDate));
        DayOfWeek day = weekDay(text(weekDay), date);
        if (!open) {
            // A closed row's times, if any, are not hours anyone can visit.
            return new OpeningPeriod(type, day, date, null, null, false);
        }
        String period = text(times);
        if (period.isEmpty()) {
            throw new IllegalArgumentException(
                    "Times is empty but IsOpen is True: give the hours as HH:MM-HH:MM, or set IsOpen to False");
        }
        Matcher matcher = TIMES.matcher(period.replaceAll("\\s+", ""));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Times \"" + period + "\" is not HH:MM-HH:MM");
        }
        LocalTime opens = time(period, matcher.group(1), matcher.group(2), false);
        LocalTime closes = time(period, matcher.group(3), matcher.group(4), true);
        return new OpeningPeriod(type, day, date, opens, closes, true);
    }

    private static String text(String field) {
        return field == null ? "" : field.strip();
    }

    private static boolean isOpen(String isOpen) {
        if (isOpen.equalsIgnoreCase("true")) {
            return true;
        }
        if (isOpen.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("IsOpen \"" + isOpen + "\" is not True or False");
    }

    private static LocalDate additionalDate(String additionalDate) {
        if (additionalDate.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(additionalDate.replaceAll("\\s+", " "), ADDITIONAL_DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "AdditionalOpeningDate \"" + additionalDate + "\" is not a date like \"Apr 18 2014\"");
        }
    }

    /** The row's day of the week, or null for an additional date, whose WeekDay is empty in the files. */
    private static DayOfWeek weekDay(String weekDay, LocalDate date) {
        if (weekDay.isEmpty()) {
            if (date == null) {
                throw new IllegalArgumentException("WeekDay and AdditionalOpeningDate are both empty: give one of them");
            }
            return null;
        }
        DayOfWeek day;
        try {
            day = DayOfWeek.valueOf(weekDay.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("WeekDay \"" + weekDay + "\" is not a day of the week, Monday to Sunday");
        }
        if (date == null) {
            return day;
        }
        // Both given: the date decides, but only when they agree, or the row means two different things.
        if (date.getDayOfWeek() != day) {
            throw new IllegalArgumentException("WeekDay \"" + weekDay + "\" does not match AdditionalOpeningDate "
                    + date + ", a " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        return null;
    }

    /** "24:00" is accepted only as an end, meaning the midnight that ends the day. */
    private static LocalTime time(String period, String hours, String minutes, boolean end) {
        int hour = Integer.parseInt(hours);
        int minute = Integer.parseInt(minutes);
        if (end && hour == 24 && minute == 0) {
            return LocalTime.MIDNIGHT;
        }
        if (hour > 23 || minute > 59) {
            throw new IllegalArgumentException("Times \"" + period + "\" is not HH:MM-HH:MM: "
                    + hours + ":" + minutes + " is not a time of day");
        }
        return LocalTime.of(hour, minute);
    }
}
