package org.carefeed.choice.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.carefeed.choice.download.CsvColumn;
import org.carefeed.choice.download.CsvDownload;
import org.springframework.stereotype.Component;

/**
 * Every organisation's complaint handling month by month, its own complaints and its sites' together as
 * the published NHS files link them now, suppressed exactly as in the JSON statistics.
 */
@Component
class OrganisationComplaintStatisticsDownload implements CsvDownload {

    private static final List<CsvColumn> COLUMNS = Stream.concat(Stream.of(
            CsvColumn.of("organisation_code", "The organisation's public identifier"),
            CsvColumn.of("sites", "How many providers the directory names it the parent of now; their complaints "
                    + "count with its own")), ComplaintStatisticsDownload.FIGURES.stream()).toList();

    private static final About ABOUT = new About("organisation-complaint-statistics",
            "Every organisation's complaint handling (its own and its sites') month by month, from its first "
                    + "complaint to this month: received, acknowledged on time and late, open, and the median days "
                    + "to resolution. The method is at " + StatisticsMethod.DOCUMENTATION + ".",
            Licensed.AS_PUBLISHED_DATA,
            "Counted by Carefeed from the status changes of complaints made through it, with organisations and "
                    + "sites as the published NHS files link them; no complaint's words or contact details are used.",
            COLUMNS);

    private final ComplaintStatistics statistics;

    OrganisationComplaintStatisticsDownload(ComplaintStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public void forEachRow(Consumer<List<String>> row) {
        statistics.forEachOrganisation(organisation -> organisation.months().forEach(month -> {
            List<String> values = new ArrayList<>(COLUMNS.size());
            values.add(organisation.organisationCode());
            values.add(String.valueOf(organisation.sites()));
            ComplaintStatisticsDownload.addFigures(month, values);
            row.accept(values);
        }));
    }
}
