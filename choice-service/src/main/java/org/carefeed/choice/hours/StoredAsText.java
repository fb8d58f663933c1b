package org.carefeed.choice.hours;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;

/**
 * Opening hours are wall-clock times and calendar dates in UK local time. MongoDB has no such types,
 * and by default they would be stored as instants computed in whatever zone the JVM runs in, so a
 * process in another zone would read other times. Stored as ISO text ({@code 09:30}, {@code 2026-12-25})
 * they mean the same everywhere. Values stored the old way are still read.
 */
public final class StoredAsText {

    private StoredAsText() {
    }

    public static List<Converter<?, ?>> converters() {
        return List.of(TimeToText.INSTANCE, TextToTime.INSTANCE, DateToText.INSTANCE, TextToDate.INSTANCE);
    }

    @WritingConverter
    enum TimeToText implements Converter<LocalTime, String> {
        INSTANCE;

        @Override
        public String convert(LocalTime time) {
            return time.toString();
        }
    }

    @ReadingConverter
    enum TextToTime implements Converter<String, LocalTime> {
        INSTANCE;

        @Override
        public LocalTime convert(String text) {
            return LocalTime.parse(text);
        }
    }

    @WritingConverter
    enum DateToText implements Converter<LocalDate, String> {
        INSTANCE;

        @Override
        public String convert(LocalDate date) {
            return date.toString();
        }
    }

    @ReadingConverter
    enum TextToDate implements Converter<String, LocalDate> {
        INSTANCE;

        @Override
        public LocalDate convert(String text) {
            return LocalDate.parse(text);
        }
    }
}
