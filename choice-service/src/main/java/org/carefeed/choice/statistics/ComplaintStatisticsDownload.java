package org.carefeed.choice.statistics;

import static org.carefeed.choice.download.CsvValues.number;
import static org.carefeed.choice.download.CsvValues.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.carefeed.choice.download.CsvColumn;
import org.carefeed.choice.download.CsvDownload;
import org.carefeed.choice.summary.ComplaintMonths;
import org.springframework.stereotype.Component;

/**
 * Every provider's complaint handling month by month, from its first complaint to this month, with each
 * month below the minimum withheld exactly as in the JSON statistics.
 */
@Component
class ComplaintStatisticsDownload implements CsvDownload {

    /** The columns of one month's figures, shared with the organisations' download. */
    static final List<CsvColumn> FIGURES = List.of(
            CsvColumn.of("month", "The month in England the complaints were received in (2026-11)"),
            CsvColumn.of("suppressed", "true when fewer complaints than shown_from were received that month, so "
                    + "that no one complaint can be made out: the other columns are then empty"),
            CsvColumn.of("shown_from", "Complaints needed in the month before any figure of it is shown"),
            CsvColumn.of("received", "Complaints received that month"),
            CsvColumn.of("acknowledged_on_time", "Of those, acknowledged within 3 working days (by the end of the due day)"),
            CsvColumn.of("acknowledged_late", "Acknowledged later, or not acknowledged when the due day passed"),
            CsvColumn.of("open", "Neither resolved nor closed today"),
            CsvColumn.of("resolved", "Resolved"),
            CsvColumn.of("median_days_to_resolution", "Median days from receipt to resolution of those resolved, "
                    + "one decimal, within 1%"));

    private static final List<CsvColumn> COLUMNS = Stream.concat(
            Stream.of(CsvColumn.of("provider_code", "The provider's public identifier")), FIGURES.stream()).toList();

    private static final About ABOUT = new About("complaint-statistics",
            "Every provider's complaint handling month by month: received, acknowledged on time and late, open, "
                    + "and the median days to resolution. The method is at " + StatisticsMethod.DOCUMENTATION + ".",
            Licensed.AS_PUBLISHED_DATA,
            "Counted by Carefeed from the status changes of complaints made through it; no complaint's words or "
                    + "contact details are used.",
            COLUMNS);

    private final ComplaintStatistics statistics;

    ComplaintStatisticsDownload(ComplaintStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public void forEachRow(Consumer<List<String>> row) {
        statistics.forEachProvider(provider -> provider.months().forEach(month -> row.accept(rowOf(provider.providerCode(), month))));
    }

    private static List<String> rowOf(String providerCode, ComplaintMonths.Figures month) {
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(providerCode);
        addFigures(month, row);
        return row;
    }

    /** The values of {@link #FIGURES}. */
    static void addFigures(ComplaintMonths.Figures month, List<String> row) {
        row.add(month.period());
        row.add(String.valueOf(month.suppressed()));
        row.add(String.valueOf(month.shownFrom()));
        row.add(text(month.received()));
        row.add(text(month.acknowledgedOnTime()));
        row.add(text(month.acknowledgedLate()));
        row.add(text(month.open()));
        row.add(text(month.resolved()));
        row.add(number(month.medianDaysToResolution()));
    }
}
