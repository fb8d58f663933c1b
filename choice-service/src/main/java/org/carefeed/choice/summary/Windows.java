package org.carefeed.choice.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * The time windows figures are taken over. They start at a day's start in England rather than at the
 * current instant, so figures computed twice on the same day, as a replay does, come out the same.
 */
public final class Windows {

    /** Carefeed's days (deadlines, windows) are days in England. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Windows() {
    }

    /** The day an instant falls on in England. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, LONDON);
    }

    /** The first day of a window of {@code length} that ends today. */
    static LocalDate since(LocalDate today, Period length) {
        return today.minus(length);
    }

    /** The instant the window's first day starts, in England. */
    static Instant start(LocalDate since) {
        return since.atStartOfDay(LONDON).toInstant();
    }
}
