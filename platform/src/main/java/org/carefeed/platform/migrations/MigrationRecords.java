package org.carefeed.platform.migrations;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** The {@code migrations} collection: one document, named by the migration's id, for each migration done. */
final class MigrationRecords {

    static final String COLLECTION = "migrations";

    private final MongoTemplate mongo;

    MigrationRecords(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Which of these migrations are recorded as done. */
    Set<String> doneAmong(Collection<String> ids) {
        Query done = query(where("_id").in(ids));
        done.fields().include("_id");
        return mongo.find(done, Document.class, COLLECTION).stream().map(record -> record.getString("_id"))
                .collect(Collectors.toSet());
    }

    void recordDone(Migration migration, Instant startedAt, Instant doneAt, long millis) {
        // A save, not an insert: an instance that lost its lease half-way may finish the same migration.
        mongo.save(new Document("_id", migration.id()).append("version", migration.version())
                .append("description", migration.description()).append("startedAt", Date.from(startedAt))
                .append("doneAt", Date.from(doneAt)).append("ms", millis), COLLECTION);
    }
}
