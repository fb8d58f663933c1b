package org.carefeed.choice.indicator;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.HashSet;
import java.util.Set;

import org.carefeed.choice.change.ChangeNotice;
import org.carefeed.choice.change.ChangeNotices;
import org.carefeed.choice.imports.ImportCounts;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes indicator values in unordered bulk batches, each value replacing the one with the same id.
 * Only one batch is ever held in memory. Once a batch is written, the change feed is told whose
 * indicators it changed; should the process stop in between, the import is left abandoned, and
 * importing the file again announces them.
 */
final class IndicatorWriter implements AutoCloseable {

    private static final int BATCH = 1000;

    private final MongoTemplate mongo;
    private final ImportCounts counts;
    private final ChangeNotices notices;
    private final Set<String> providersInBatch = new HashSet<>();
    private BulkOperations bulk;
    private int pending;

    IndicatorWriter(MongoTemplate mongo, ImportCounts counts, ChangeNotices notices) {
        this.mongo = mongo;
        this.counts = counts;
        this.notices = notices;
    }

    void write(IndicatorValue value) {
        if (bulk == null) {
            bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, IndicatorValue.class);
        }
        bulk.replaceOne(query(where("_id").is(value.id())), value,
                FindAndReplaceOptions.options().upsert());
        providersInBatch.add(value.providerCode());
        if (++pending == BATCH) {
            flush();
        }
    }

    private void flush() {
        if (pending > 0) {
            try {
                bulk.execute();
                counts.indicatorValuesStored.addAndGet(pending);
            } finally {
                // Even when part of the batch failed: what was written must be announced.
                notices.announce(ChangeNotice.INDICATORS, providersInBatch);
            }
        }
        providersInBatch.clear();
        bulk = null;
        pending = 0;
    }

    @Override
    public void close() {
        flush();
    }
}
