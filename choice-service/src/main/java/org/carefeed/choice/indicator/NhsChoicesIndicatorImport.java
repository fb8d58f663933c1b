package org.carefeed.choice.indicator;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.carefeed.choice.change.ChangeNotices;
import org.carefeed.choice.imports.BadRowException;
import org.carefeed.choice.imports.ImportCounts;
import org.carefeed.choice.imports.ImportFormat;
import org.carefeed.choice.imports.ImportOptions;
import org.carefeed.choice.imports.Importer;
import org.carefeed.choice.imports.NhsChoicesFile;
import org.carefeed.choice.imports.Row;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Imports an NHS Choices accountability indicator file (OrganisationCode, MetricName, TreatmentName,
 * ConditionName, ServiceName, Value, Text). The file states no period, so the one given with the
 * import is used, or "not stated".
 */
@Component
class NhsChoicesIndicatorImport implements Importer {

    static final String SOURCE = "NHS Choices";
    static final String PERIOD_NOT_STATED = "not stated";
    private static final List<String> REQUIRED = List.of("OrganisationCode", "MetricName", "Value");

    private final MongoTemplate mongo;
    private final ChangeNotices notices;
    private final Clock clock;

    NhsChoicesIndicatorImport(MongoTemplate mongo, Clock clock, ChangeNotices notices) {
        this.mongo = mongo;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.NHS_CHOICES_INDICATORS;
    }

    @Override
    public void check(Path file) throws Exception {
        NhsChoicesFile.check(file, REQUIRED);
    }

    @Override
    public void run(String jobId, Path path, ImportOptions options, ImportCounts counts) throws Exception {
        Instant now = clock.instant();
        String period = options.period() != null ? options.period() : PERIOD_NOT_STATED;
        String source = options.sourceName() != null ? options.sourceName() : SOURCE;
        try (NhsChoicesFile file = NhsChoicesFile.open(path, REQUIRED);
                IndicatorWriter writer = new IndicatorWriter(mongo, counts, notices)) {
            for (Row row : file) {
                counts.rowsRead.incrementAndGet();
                try {
                    file.requireFieldCount(row);
                    String code = row.requireProviderCode("OrganisationCode");
                    String indicator = indicatorName(row);
                    String text = row.get("Text");
                    writer.write(new IndicatorValue(IndicatorValue.idOf(code, indicator, period), code, indicator,
                            period, Numbers.parse("Value", row.get("Value")), null, null, text, Bands.of(text), source,
                            options.fileName(), null, now, jobId));
                } catch (BadRowException e) {
                    counts.reject(row.line(), e.getMessage());
                }
            }
        }
    }

    /** The metric, qualified by the treatment, condition or service it is about, when there is one. */
    private static String indicatorName(Row row) {
        List<String> qualifiers = new ArrayList<>();
        for (String column : List.of("TreatmentName", "ConditionName", "ServiceName")) {
            if (row.get(column) != null) {
                qualifiers.add(row.get(column));
            }
        }
        String metric = row.require("MetricName");
        return qualifiers.isEmpty() ? metric : metric + " (" + String.join(", ", qualifiers) + ")";
    }
}
