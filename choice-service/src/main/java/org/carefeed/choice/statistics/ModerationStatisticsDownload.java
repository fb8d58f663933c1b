package org.carefeed.choice.statistics;

import static org.carefeed.choice.download.CsvValues.number;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.carefeed.choice.download.CsvColumn;
import org.carefeed.choice.download.CsvDownload;
import org.springframework.stereotype.Component;

/**
 * The moderation statistics as one long table: a row for each month (and one for all months together)
 * and measure, so that a reason code that appears later is a new row, never a new column.
 */
@Component
class ModerationStatisticsDownload implements CsvDownload {

    private static final List<CsvColumn> COLUMNS = List.of(
            CsvColumn.of("period", "A month in England (2026-11), or all the months of the file together "
                    + "(2024-01/2026-11)"),
            CsvColumn.of("measure", "received, published, rejected, removed, withdrawn, expired, erased (reviews, "
                    + "each counted once in the month it happened); rejected_by_reason and removed_by_reason (with "
                    + "reason); decisions_timed, median_hours_to_decision, p90_hours_to_decision"),
            CsvColumn.of("reason", "The moderation reason code of a rejected_by_reason or removed_by_reason row "
                    + "(not-stated when none was given); empty for other measures"),
            CsvColumn.of("value", "The count, or the hours (one decimal, within 1%); empty when there is nothing "
                    + "to take a median of"));

    private static final About ABOUT = new About("moderation-statistics",
            "What came of the reviews submitted to Carefeed, month by month: received, published, rejected and "
                    + "removed by reason, withdrawn, and the time from submission to decision. The method is at "
                    + StatisticsMethod.DOCUMENTATION + ".",
            Licensed.AS_PUBLISHED_DATA,
            "Counted by Carefeed from its review outcome events, which hold no words of any review and are "
                    + "kept when a review is erased.",
            COLUMNS);

    private final ModerationMonths moderation;

    ModerationStatisticsDownload(ModerationMonths moderation) {
        this.moderation = moderation;
    }

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public void forEachRow(Consumer<List<String>> row) {
        YearMonth from = moderation.firstMonth();
        YearMonth to = moderation.thisMonth();
        MonthCount overall = new MonthCount();
        // A year at a time, so no more than a year's counts are held at once.
        for (YearMonth start = from; !start.isAfter(to); start = start.plusYears(1)) {
            YearMonth end = start.plusMonths(11).isAfter(to) ? to : start.plusMonths(11);
            moderation.between(start, end).forEach((month, count) -> {
                overall.add(count);
                rowsOf(count.figures(month.toString()), row);
            });
        }
        rowsOf(overall.figures(from + "/" + to), row);
    }

    private static void rowsOf(ModerationFigures figures, Consumer<List<String>> row) {
        String period = figures.period();
        row.accept(values(period, "received", null, figures.received()));
        row.accept(values(period, "published", null, figures.published()));
        row.accept(values(period, "rejected", null, figures.rejected()));
        byReason(period, "rejected_by_reason", figures.rejectedByReason(), row);
        row.accept(values(period, "removed", null, figures.removed()));
        byReason(period, "removed_by_reason", figures.removedByReason(), row);
        row.accept(values(period, "withdrawn", null, figures.withdrawn()));
        row.accept(values(period, "expired", null, figures.expired()));
        row.accept(values(period, "erased", null, figures.erased()));
        row.accept(values(period, "decisions_timed", null, figures.decisionsTimed()));
        row.accept(Arrays.asList(period, "median_hours_to_decision", null, number(figures.medianHoursToDecision())));
        row.accept(Arrays.asList(period, "p90_hours_to_decision", null, number(figures.p90HoursToDecision())));
    }

    private static void byReason(String period, String measure, Map<String, Long> reasons,
            Consumer<List<String>> row) {
        reasons.forEach((reason, n) -> row.accept(values(period, measure, reason, n)));
    }

    private static List<String> values(String period, String measure, String reason, long value) {
        List<String> values = new ArrayList<>(4);
        values.add(period);
        values.add(measure);
        values.add(reason);
        values.add(String.valueOf(value));
        return values;
    }
}
