package org.carefeed.choice.directory;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.stream.Stream;

import org.bson.Document;
import org.carefeed.choice.hours.ClockKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A database from a version before clock keys has providers with opening times and no keys, which a
 * search by time would never find open: give them their keys once, in the background, at start-up, and
 * record in {@code migrations} that it is done (a crash half-way means it runs again next start). A
 * provider is written only while it still has no keys, so an import that links new hours meanwhile,
 * keys and all, is never overwritten with keys of the old ones; two instances doing it at once write
 * the same keys.
 *
 * <p>To move onto the platform's migrations runner (branch {@code migrations}) once that is merged.
 */
@Component
class ClockKeysBackfill {

    private static final Logger log = LoggerFactory.getLogger(ClockKeysBackfill.class);

    static final String MIGRATIONS = "migrations";
    static final String MIGRATION = "opening-hours-index-v1";

    private final MongoTemplate mongo;

    ClockKeysBackfill(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void keyWhatWasImportedBefore() {
        if (mongo.findById(MIGRATION, Document.class, MIGRATIONS) != null) {
            return;
        }
        Thread backfill = new Thread(this::keyAll, "clock-keys-backfill");
        backfill.setDaemon(true);
        backfill.start();
    }

    void keyAll() {
        long count = 0;
        Query withoutKeys = query(where(Provider.CLOCK_KEYS).exists(false));
        withoutKeys.fields().include("details.openingTimes");
        try (Stream<Provider> providers = mongo.stream(withoutKeys, Provider.class)) {
            for (Provider provider : (Iterable<Provider>) providers::iterator) {
                mongo.updateFirst(query(where("_id").is(provider.code()).and(Provider.CLOCK_KEYS).exists(false)),
                        new Update().set(Provider.CLOCK_KEYS, ClockKeys.of(provider.details().openingTimes())),
                        Provider.class);
                count++;
            }
        }
        mongo.save(new Document("_id", MIGRATION).append("doneAt", Instant.now()).append("providers", count),
                MIGRATIONS);
        if (count > 0) {
            log.info("Gave clock keys to {} providers imported before search by time used them", count);
        }
    }
}
