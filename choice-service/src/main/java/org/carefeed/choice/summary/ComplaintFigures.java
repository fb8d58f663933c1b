package org.carefeed.choice.summary;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.carefeed.choice.complaint.ComplaintFacts.ComplaintTimes;

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
 * @param medianDaysToResolution    median days from receipt to resolution, one decimal; null when none resolved
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

    static ComplaintFigures of(List<ComplaintTimes> complaints, ComplaintFigureProperties properties, LocalDate today,
            LocalDate since) {
        int minimum = properties.minimumComplaints();
        if (complaints.size() < minimum) {
            return new ComplaintFigures(since.toString(), minimum, true, "Fewer than " + minimum
                    + " complaints received since " + since + ": figures are withheld so no one complaint can be made out.",
                    null, null, null, null, null, null, null);
        }
        long onTime = 0;
        long late = 0;
        List<Double> daysToResolution = new ArrayList<>();
        Map<String, Long> closedUnanswered = new TreeMap<>();
        for (ComplaintTimes complaint : complaints) {
            switch (Acknowledgements.of(complaint.acknowledgementDueBy(), complaint.acknowledgedAt(),
                    complaint.closedAt(), today)) {
                case ON_TIME -> onTime++;
                case LATE -> late++;
                case NOT_COUNTED -> { }
            }
            if (complaint.closedAt() != null && complaint.acknowledgedAt() == null) {
                closedUnanswered.merge(complaint.closedReason() == null ? NOT_STATED : complaint.closedReason(), 1L,
                        Long::sum);
            }
            if (complaint.resolvedAt() != null) {
                long minutes = Math.max(0, Duration.between(complaint.receivedAt(), complaint.resolvedAt()).toMinutes());
                daysToResolution.add(minutes / MINUTES_PER_DAY);
            }
        }
        Double median = Stats.median(daysToResolution);
        return new ComplaintFigures(since.toString(), minimum, false, null, (long) complaints.size(), onTime, late,
                Stats.percent(onTime, onTime + late), (long) daysToResolution.size(),
                median == null ? null : Stats.round(median, 1), closedUnanswered);
    }
}
