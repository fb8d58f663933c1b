package org.carefeed.choice.summary;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * A provider's figures over the complaints it received since {@code since}, as served. Below the
 * minimum every figure is null and {@code suppressed} is true, so that no one complaint can be made out.
 *
 * @param since                     first day (England) of the window, as an ISO date; text, because a
 *                                  stored date would be converted through the zone of the machine
 * @param shownFrom                 complaints needed in the window for any figure to be shown
 * @param suppressed                true when there are fewer than that
 * @param suppressedReason          why, or null when not suppressed
 * @param receivedCount             complaints received in the window
 * @param acknowledgedOnTime        acknowledged by the end of their due day
 * @param acknowledgedLate          acknowledged after it, or still not acknowledged after it
 * @param acknowledgedOnTimePercent on time as a share of on time and late, one decimal; complaints
 *                                  not yet acknowledged and not yet due are left out; null when none count
 * @param resolvedCount             complaints in the window resolved
 * @param medianDaysToResolution    median days from receipt to resolution of those received in the window's
 *                                  months (its first month whole), one decimal, read from counts by duration
 *                                  bucket (see {@link Durations} for the error); null when none resolved
 * @param closedWithoutAcknowledgement complaints in the window closed without a resolution and never
 *                                  acknowledged, by the reason given ({@code not-stated} for those closed
 *                                  before reasons were asked for): a duplicate closed unanswered is fine,
 *                                  many closed unanswered for other reasons is worth asking about
 */
public record ComplaintFigures(
        String since,
        int shownFrom,
        boolean suppressed,
        String suppressedReason,
        Long receivedCount,
        Long acknowledgedOnTime,
        Long acknowledgedLate,
        Double acknowledgedOnTimePercent,
        Long resolvedCount,
        Double medianDaysToResolution,
        Map<String, Long> closedWithoutAcknowledgement) {

    private static final double MINUTES_PER_DAY = 24 * 60;
    /** The reason counted for complaints closed before a reason was required. */
    static final String NOT_STATED = "not-stated";

    /** The figures of the complaints counted as received from {@code since}, as they stand {@code today}. */
    static ComplaintFigures of(Counters counters, ComplaintFigureProperties properties, LocalDate today,
            LocalDate since) {
        long[] received = new long[1];
        long[] onTime = new long[1];
        long[] late = new long[1];
        long[] resolved = new long[1];
        Map<String, Long> closedUnanswered = new TreeMap<>();
        counters.forEachSince(Contributions.COMPLAINTS, since, (parts, count) -> {
            switch (parts[0]) {
                case "received" -> received[0] += count;
                case "onTime" -> onTime[0] += count;
                case "late" -> late[0] += count;
                case "resolved" -> resolved[0] += count;
                // Neither acknowledged nor closed: late once its due day is over, not counted before.
                case "due" -> late[0] += Acknowledgements.of(LocalDate.parse(parts[1]), null, null, today)
                        == Acknowledgements.Outcome.LATE ? count : 0;
                case "closed" -> closedUnanswered.merge(parts[1], count, Long::sum);
                default -> { }
            }
        });
        int minimum = properties.minimumComplaints();
        if (received[0] < minimum) {
            return new ComplaintFigures(since.toString(), minimum, true, "Fewer than " + minimum
                    + " complaints received since " + since + ": figures are withheld so no one complaint can be made out.",
                    null, null, null, null, null, null, null);
        }
        Double medianMinutes = Durations.median(counters.durationsFrom(Contributions.RESOLUTION_MINUTES, since));
        return new ComplaintFigures(since.toString(), minimum, false, null, received[0], onTime[0], late[0],
                Stats.percent(onTime[0], onTime[0] + late[0]), resolved[0],
                medianMinutes == null ? null : Stats.round(medianMinutes / MINUTES_PER_DAY, 1), closedUnanswered);
    }
}
