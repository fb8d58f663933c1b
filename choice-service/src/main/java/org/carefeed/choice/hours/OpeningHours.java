package org.carefeed.choice.hours;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A provider's opening hours, from all its {@link OpeningPeriod}s: whether it is open at an instant,
 * when it closes and next opens, and the week as a profile page shows it. Local times are times in the
 * UK, so they follow the clocks: 09:00 is 08:00Z in summer and 09:00Z in winter.
 *
 * <p>The weekly periods of one type count: {@code general} if there are any, else {@code reception},
 * else {@code surgery}, else all of them. An additional date replaces the weekly periods of that date
 * entirely, so a closed one closes the whole date. A period belongs to the date it opens on, even when it
 * runs past midnight.
 */
public final class OpeningHours {

    /** The time zone the files' local times are in. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    /** How far ahead to look for an opening or a closing; beyond it the hours say nothing useful. */
    static final int HORIZON_DAYS = 14;

    static final int MINUTES_A_DAY = 24 * 60;

    /**
     * General hours are the service's own; GP files split them into reception (when patients can call or
     * walk in) and surgery (when clinicians see them), and reception is the nearer to "open" as patients
     * mean it.
     */
    private static final List<String> PREFERRED_TYPES = List.of("general", "reception", "surgery");

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final Comparator<OpeningPeriod> BY_TIME = Comparator
            .comparing(OpeningPeriod::opens, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(OpeningPeriod::closes, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final boolean hasHours;
    private final Map<DayOfWeek, List<OpeningPeriod>> weekly = new EnumMap<>(DayOfWeek.class);
    private final Map<LocalDate, List<OpeningPeriod>> additional = new TreeMap<>();

    /** Whether a provider is open now, and when that changes; null where it does not apply. */
    public record Status(boolean openNow, ZonedDateTime closesAt, ZonedDateTime nextOpensAt) {
    }

    /**
     * One day of the usual week, for a profile page.
     *
     * @param day the day's English name, "Monday" to "Sunday"
     * @param times its periods as "09:00-13:00" in order, none if closed
     */
    public record WeeklyDay(String day, List<String> times) {
    }

    private OpeningHours(List<OpeningPeriod> periods) {
        this.hasHours = !periods.isEmpty();
        for (OpeningPeriod period : selectWeekly(periods)) {
            weekly.computeIfAbsent(period.day(), day -> new ArrayList<>()).add(period);
        }
        for (OpeningPeriod period : periods) {
            if (period.date() != null) {
                additional.computeIfAbsent(period.date(), date -> new ArrayList<>()).add(period);
            }
        }
    }

    /** The hours of a provider's periods, weekly and additional together; null means none. */
    public static OpeningHours of(List<OpeningPeriod> periods) {
        return new OpeningHours(periods == null ? List.of() : List.copyOf(periods));
    }

    private static List<OpeningPeriod> selectWeekly(List<OpeningPeriod> periods) {
        List<OpeningPeriod> weekly = periods.stream().filter(period -> period.day() != null).toList();
        for (String type : PREFERRED_TYPES) {
            List<OpeningPeriod> ofType = weekly.stream().filter(period -> period.type().equals(type)).toList();
            if (!ofType.isEmpty()) {
                return ofType;
            }
        }
        return weekly;
    }

    /** False when there are no periods at all: then whether it is open is unknown, not "closed". */
    public boolean hasHours() {
        return hasHours;
    }

    /**
     * Whether the UK clock's reading at {@code when} is inside its hours. The reading is what counts, as
     * on a door's sign: in the hour the clocks repeat in October both 01:30s read 01:30, and in the hour
     * they skip in March no instant reads 01:30. Search by time asks the same of its index (see
     * {@link ClockKeys}), so a provider found open is shown open.
     */
    public boolean isOpenAt(Instant when) {
        LocalDateTime clock = LocalDateTime.ofInstant(when, UK);
        return minutesOpenOn(clock.toLocalDate()).get(clock.getHour() * 60 + clock.getMinute());
    }

    /**
     * The first moment at or after {@code after} that it goes from closed to open, up to 14
     * days ahead; empty if it does not open in that time.
     */
    public Optional<ZonedDateTime> nextOpening(Instant after) {
        ZonedDateTime horizon = after.atZone(UK).plusDays(HORIZON_DAYS);
        LocalDate today = LocalDate.ofInstant(after, UK);
        // From yesterday, so a stretch already under way is seen as one and its start (before "after") skipped.
        return stretches(today.minusDays(1), horizon.toLocalDate()).stream()
                .map(Stretch::opens)
                .filter(opens -> !opens.isBefore(after) && !opens.isAfter(horizon.toInstant()))
                .findFirst()
                .map(opens -> opens.atZone(UK));
    }

    /**
     * When the open stretch around {@code when} ends, adjacent periods (09:00-13:00, 13:00-17:30) taken as
     * one; empty if closed at {@code when}, or if it stays open for more than 14 days.
     */
    public Optional<ZonedDateTime> closesAt(Instant when) {
        ZonedDateTime horizon = when.atZone(UK).plusDays(HORIZON_DAYS);
        LocalDate today = LocalDate.ofInstant(when, UK);
        // One day past the horizon, so a stretch ending at the horizon is merged with all that follows it.
        return stretches(today.minusDays(1), horizon.toLocalDate().plusDays(1)).stream()
                .filter(stretch -> stretch.contains(when))
                .map(Stretch::closes)
                .filter(closes -> !closes.isAfter(horizon.toInstant()))
                .findFirst()
                .map(closes -> closes.atZone(UK));
    }

    /**
     * Open or not at {@code now}, when it closes if open, and when it next opens (after the current
     * stretch, if open). Without hours it says closed with neither time: callers check {@link #hasHours()}
     * before claiming either.
     */
    public Status status(Instant now) {
        boolean open = isOpenAt(now);
        return new Status(open, open ? closesAt(now).orElse(null) : null, nextOpening(now).orElse(null));
    }

    /** Monday to Sunday of the usual week, from the same periods as the other answers. */
    public List<WeeklyDay> weekly() {
        List<WeeklyDay> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<String> times = weekly.getOrDefault(day, List.of()).stream()
                    .filter(OpeningPeriod::open)
                    .sorted(BY_TIME)
                    .map(OpeningHours::times)
                    .distinct()
                    .toList();
            week.add(new WeeklyDay(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH), times));
        }
        return week;
    }

    /** The additional dates on or after {@code from}, open and closed, by date and time. */
    public List<OpeningPeriod> additionalFrom(LocalDate from) {
        return additional.entrySet().stream()
                .filter(entry -> !entry.getKey().isBefore(from))
                .flatMap(entry -> entry.getValue().stream().sorted(BY_TIME))
                .toList();
    }

    private static String times(OpeningPeriod period) {
        // A period ending at midnight reads as the file wrote it, to 24:00 rather than to 00:00.
        String closes = period.closes().equals(LocalTime.MIDNIGHT) ? "24:00" : HH_MM.format(period.closes());
        return HH_MM.format(period.opens()) + "-" + closes;
    }

    /** The periods that apply on a date: its additional ones if it has any, else its weekday's. */
    private List<OpeningPeriod> periodsOn(LocalDate date) {
        List<OpeningPeriod> special = additional.get(date);
        return special != null ? special : weekly.getOrDefault(date.getDayOfWeek(), List.of());
    }

    /**
     * The minutes of a date, from 00:00, that the clock shows it open in: by the periods that apply on the
     * date, and by those of the day before that run past midnight.
     */
    BitSet minutesOpenOn(LocalDate date) {
        return minutesOpen(periodsOn(date.minusDays(1)), periodsOn(date));
    }

    /** The same for a day of the usual week: as on a date when neither it nor the day before has additional periods. */
    BitSet usualMinutesOpen(DayOfWeek day) {
        return minutesOpen(weekly.getOrDefault(day.minus(1), List.of()), weekly.getOrDefault(day, List.of()));
    }

    /** The dates whose additional periods replace their weekday's. */
    Set<LocalDate> additionalDates() {
        return additional.keySet();
    }

    private static BitSet minutesOpen(List<OpeningPeriod> dayBefore, List<OpeningPeriod> day) {
        BitSet open = new BitSet(MINUTES_A_DAY);
        for (OpeningPeriod period : day) {
            if (period.open()) {
                int opens = minuteOfDay(period.opens());
                int closes = minuteOfDay(period.closes());
                open.set(opens, runsPastMidnight(period) ? MINUTES_A_DAY : closes);
            }
        }
        for (OpeningPeriod period : dayBefore) {
            if (period.open() && runsPastMidnight(period)) {
                open.set(0, minuteOfDay(period.closes()));
            }
        }
        return open;
    }

    /** Closing at or before its opening time, as "22:00-02:00" or "18:00-24:00" (kept as 00:00) do. */
    private static boolean runsPastMidnight(OpeningPeriod period) {
        return !period.closes().isAfter(period.opens());
    }

    private static int minuteOfDay(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    /**
     * The open stretches of the periods that open from {@code first} to {@code last}, in order, with
     * overlapping and adjacent ones merged.
     */
    private List<Stretch> stretches(LocalDate first, LocalDate last) {
        List<Stretch> periods = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            for (OpeningPeriod period : periodsOn(date)) {
                if (period.open()) {
                    periods.add(stretch(date, period));
                }
            }
        }
        periods.sort(Comparator.comparing(Stretch::opens));
        List<Stretch> merged = new ArrayList<>();
        for (Stretch stretch : periods) {
            Stretch previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && !stretch.opens().isAfter(previous.closes())) {
                merged.set(merged.size() - 1, new Stretch(previous.opens(),
                        stretch.closes().isAfter(previous.closes()) ? stretch.closes() : previous.closes()));
            } else {
                merged.add(stretch);
            }
        }
        return merged;
    }

    /**
     * A period on a date as instants. ZonedDateTime.of moves a local time that the clocks skip forward by
     * the gap (01:30 on the last Sunday of March is 02:30 BST) and takes the earlier of a time that
     * happens twice (the summer-time one in October), as people reading a clock would.
     */
    private static Stretch stretch(LocalDate date, OpeningPeriod period) {
        LocalDate closingDate = runsPastMidnight(period) ? date.plusDays(1) : date;
        return new Stretch(ZonedDateTime.of(date, period.opens(), UK).toInstant(),
                ZonedDateTime.of(closingDate, period.closes(), UK).toInstant());
    }

    /** An open stretch, including its opening instant and excluding its closing one. */
    private record Stretch(Instant opens, Instant closes) {

        boolean contains(Instant when) {
            return !when.isBefore(opens) && when.isBefore(closes);
        }
    }
}
