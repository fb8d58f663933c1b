package org.carefeed.choice.summary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.carefeed.choice.complaint.ComplaintFacts.ComplaintTimes;
import org.springframework.stereotype.Component;

/**
 * Complaint handling month by month, for the open statistics: counted the way the profile's complaint
 * figures count (acknowledgement deadlines by {@link Acknowledgements}, medians from {@link Durations}'
 * buckets) and suppressed below the same minimum ({@link ComplaintFigureProperties#minimumComplaints()}),
 * each month on its own and the whole period together.
 */
@Component
public class ComplaintMonths {

    private static final double MINUTES_PER_DAY = 24 * 60;

    private final ComplaintFigureProperties properties;
    private final Clock clock;

    ComplaintMonths(ComplaintFigureProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The complaints received in one month (England), or in a period of months, as served. Below the
     * minimum every count is null and {@code suppressed} is true.
     *
     * @param period                 a month ({@code 2026-11}) or a period of months ({@code 2026-01/2026-11})
     * @param shownFrom              complaints needed in the period for any figure to be shown
     * @param acknowledgedOnTime     acknowledged by the end of their due day (3 working days after receipt)
     * @param acknowledgedLate       acknowledged after it, or not acknowledged and past it (today, or when closed)
     * @param open                   neither resolved nor closed today
     * @param medianDaysToResolution of those resolved, one decimal, within 1% (see {@link Durations}); null for none
     */
    public record Figures(String period, int shownFrom, boolean suppressed, String suppressedReason, Long received,
            Long acknowledgedOnTime, Long acknowledgedLate, Long open, Long resolved, Double medianDaysToResolution) {
    }

    /** A new count of complaints, as they stand today in England. */
    public Tally tally() {
        return new Tally(Windows.dayOf(clock.instant()), properties.minimumComplaints());
    }

    /** This month in England. */
    public YearMonth thisMonth() {
        return monthOf(clock.instant());
    }

    /** The month (England) an instant falls in. */
    public static YearMonth monthOf(Instant instant) {
        return YearMonth.from(Windows.dayOf(instant));
    }

    /** Complaints counted one at a time into their months of receipt: a few numbers a month, never a list. */
    public static final class Tally {

        private final LocalDate today;
        private final int minimum;
        private final SortedMap<YearMonth, Month> months = new TreeMap<>();

        private Tally(LocalDate today, int minimum) {
            this.today = today;
            this.minimum = minimum;
        }

        public void add(ComplaintTimes complaint) {
            Month month = months.computeIfAbsent(monthOf(complaint.receivedAt()), m -> new Month());
            month.received++;
            switch (Acknowledgements.of(complaint.acknowledgementDueBy(), complaint.acknowledgedAt(),
                    complaint.closedAt(), today)) {
                case ON_TIME -> month.onTime++;
                case LATE -> month.late++;
                case NOT_COUNTED -> { }
            }
            if (complaint.resolvedAt() != null) {
                month.resolved++;
                long minutes = Math.max(0, Duration.between(complaint.receivedAt(), complaint.resolvedAt()).toMinutes());
                month.resolutionMinutes.merge(Durations.bucketOf(minutes), 1L, Long::sum);
            } else if (complaint.closedAt() == null) {
                month.open++;
            }
        }

        /** The first month any complaint counted was received in; empty when none was. */
        public Optional<YearMonth> firstMonth() {
            return months.isEmpty() ? Optional.empty() : Optional.of(months.firstKey());
        }

        /** Each month from {@code from} to {@code to}, both included, with or without complaints. */
        public List<Figures> months(YearMonth from, YearMonth to) {
            List<Figures> figures = new ArrayList<>();
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                figures.add(figures(month.toString(), months.getOrDefault(month, new Month())));
            }
            return figures;
        }

        /** The months from {@code from} to {@code to} together. */
        public Figures overall(YearMonth from, YearMonth to) {
            Month all = new Month();
            months.subMap(from, to.plusMonths(1)).values().forEach(all::add);
            return figures(from + "/" + to, all);
        }

        private Figures figures(String period, Month month) {
            if (month.received < minimum) {
                return new Figures(period, minimum, true, "Fewer than " + minimum + " complaints received in "
                        + period + ": figures are withheld so no one complaint can be made out.",
                        null, null, null, null, null, null);
            }
            Double medianMinutes = Durations.median(month.resolutionMinutes);
            return new Figures(period, minimum, false, null, month.received, month.onTime, month.late, month.open,
                    month.resolved, medianMinutes == null ? null : Stats.round(medianMinutes / MINUTES_PER_DAY, 1));
        }
    }

    /** The counts of one month's complaints. */
    private static final class Month {

        long received;
        long onTime;
        long late;
        long open;
        long resolved;
        final SortedMap<Long, Long> resolutionMinutes = new TreeMap<>();

        void add(Month other) {
            received += other.received;
            onTime += other.onTime;
            late += other.late;
            open += other.open;
            resolved += other.resolved;
            for (Map.Entry<Long, Long> bucket : other.resolutionMinutes.entrySet()) {
                resolutionMinutes.merge(bucket.getKey(), bucket.getValue(), Long::sum);
            }
        }
    }
}
