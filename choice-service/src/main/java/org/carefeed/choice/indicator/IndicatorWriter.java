package org.carefeed.choice.indicator;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.carefeed.choice.imports.ImportCounts;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes indicator values in unordered bulk batches, each value replacing the one with the same id.
 * Only one batch is ever held in memory.
 */
final class IndicatorWriter implements AutoCloseable {

    private static final int BATCH = 1000;

    private final MongoTemplate mongo;
    private final ImportCounts counts;
    private BulkOperations bulk;
    private int pending;

    IndicatorWriter(MongoTemplate mongo, ImportCounts counts) {
        this.mongo = mongo;
        this.counts = counts;
    }

    void write(IndicatorValue value) {
        if (bulk == null) {
            bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, IndicatorValue.class);
        }
        bulk.replaceOne(query(where("_id").is(value.id())), value,
                FindAndReplaceOptions.options().upsert());
        if (++pending == BATCH) {
            flush();
        }
    }

    private void flush() {
        if (pending > 0) {
            bulk.execute();
            counts.indicatorValuesStored.addAndGet(pending);
        }
        bulk = null;
        pending = 0;
    }

    @Override
    public void close() {
        flush();
    }
}
