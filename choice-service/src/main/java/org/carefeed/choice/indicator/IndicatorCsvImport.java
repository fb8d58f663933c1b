package org.carefeed.choice.indicator;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import org.carefeed.choice.change.ChangeNotices;
import org.carefeed.choice.imports.BadRowException;
import org.carefeed.choice.imports.GenericCsvFile;
import org.carefeed.choice.imports.ImportCounts;
import org.carefeed.choice.imports.ImportFormat;
import org.carefeed.choice.imports.ImportOptions;
import org.carefeed.choice.imports.Importer;
import org.carefeed.choice.imports.Row;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Imports Carefeed's generic indicator CSV, so that newer official data (Friends and Family Test,
 * waiting times, CQC ratings) loads without code changes. Columns: provider_code, indicator and
 * period (required); value and denominator (numbers, or empty or "-" when not available); unit;
 * source (or the import's source); source_url.
 */
@Component
class IndicatorCsvImport implements Importer {

    private final MongoTemplate mongo;
    private final ChangeNotices notices;
    private final Clock clock;

    IndicatorCsvImport(MongoTemplate mongo, Clock clock, ChangeNotices notices) {
        this.mongo = mongo;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.INDICATOR_CSV;
    }

    @Override
    public void check(Path file) throws Exception {
        GenericCsvFile.open(file).close();
    }

    @Override
    public void run(String jobId, Path path, ImportOptions options, ImportCounts counts) throws Exception {
        Instant now = clock.instant();
        try (GenericCsvFile file = GenericCsvFile.open(path);
                IndicatorWriter writer = new IndicatorWriter(mongo, counts, notices)) {
            for (Row row : file) {
                counts.rowsRead.incrementAndGet();
                try {
                    file.requireFieldCount(row);
                    writer.write(value(row, options, jobId, now));
                } catch (BadRowException e) {
                    counts.reject(row.line(), e.getMessage());
                }
            }
        }
    }

    private static IndicatorValue value(Row row, ImportOptions options, String jobId, Instant now) {
        String code = row.requireProviderCode("provider_code");
        String indicator = row.require("indicator");
        String period = row.require("period");
        String source = row.get("source") != null ? row.get("source") : options.sourceName();
        if (source == null) {
            throw new BadRowException("source is empty, and the import names no source");
        }
        return new IndicatorValue(IndicatorValue.idOf(code, indicator, period), code, indicator, period,
                Numbers.parse("value", row.get("value")), row.get("unit"), Numbers.parse("denominator", row.get("denominator")),
                null, null, source, options.fileName(), row.get("source_url"), now, jobId);
    }
}
