package org.carefeed.choice.indicator;

import static org.carefeed.choice.download.CsvValues.number;
import static org.carefeed.choice.download.CsvValues.text;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.carefeed.choice.download.CsvColumn;
import org.carefeed.choice.download.CsvDownload;
import org.carefeed.choice.opendata.DataVersions;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The latest value of every indicator of every provider, as profiles show it. Read in order of provider
 * and indicator (the index's order), so the latest of each pair is found holding one pair at a time.
 */
@Component
class IndicatorsDownload implements CsvDownload {

    private static final List<CsvColumn> COLUMNS = List.of(
            CsvColumn.of("provider_code", "The provider's public identifier"),
            CsvColumn.text("indicator", "The indicator's name as published"),
            CsvColumn.text("period", "The period the value is for, as published (2025, 2025-03, 2024-25, ...)"),
            CsvColumn.of("value", "The number; empty when the publisher marked it not available"),
            CsvColumn.text("unit", "Unit of the value, if published"),
            CsvColumn.of("denominator", "Denominator, if published"),
            CsvColumn.text("band", "The band the publisher's sentence states (worst 25%, middle range, best 25%)"),
            CsvColumn.text("published_text", "The publisher's own sentence about the value"),
            CsvColumn.text("source", "Who published it"),
            CsvColumn.text("source_file", "The file it was imported from"),
            CsvColumn.text("source_url", "Where the publisher publishes it, if known"),
            CsvColumn.of("imported_at", "When Carefeed imported it (UTC)"));

    private static final About ABOUT = new About("indicators",
            "The latest value of every published indicator of every provider (later periods replace earlier "
                    + "ones here; the API keeps the history).",
            Licensed.AS_PUBLISHED_DATA,
            "Indicator files published by the NHS and others (NHS Choices indicator files, indicator CSVs), "
                    + "imported by Carefeed with each value's source, file and import time.",
            COLUMNS);

    private final MongoTemplate mongo;

    IndicatorsDownload(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public List<String> versionScopes() {
        return List.of(DataVersions.INDICATORS);
    }

    @Override
    public void forEachRow(Consumer<List<String>> row) {
        Query byProviderAndIndicator = new Query().with(Sort.by(Sort.Order.asc("providerCode"),
                Sort.Order.asc("indicator"), Sort.Order.desc("period")));
        IndicatorValue[] latest = new IndicatorValue[1];
        try (Stream<IndicatorValue> values = mongo.stream(byProviderAndIndicator, IndicatorValue.class)) {
            values.forEach(value -> {
                IndicatorValue held = latest[0];
                if (held != null && !samePair(held, value)) {
                    row.accept(rowOf(held));
                    held = null;
                }
                latest[0] = held == null || LatestIndicators.LATEST.compare(value, held) > 0 ? value : held;
            });
        }
        if (latest[0] != null) {
            row.accept(rowOf(latest[0]));
        }
    }

    private static boolean samePair(IndicatorValue a, IndicatorValue b) {
        return a.providerCode().equals(b.providerCode()) && a.indicator().equals(b.indicator());
    }

    private static List<String> rowOf(IndicatorValue value) {
        return Arrays.asList(value.providerCode(), value.indicator(), value.period(), number(value.value()),
                value.unit(), number(value.denominator()), value.band(), value.publishedText(), value.source(), value.sourceFile(),
                value.sourceUrl(), text(value.importedAt()));
    }
}
