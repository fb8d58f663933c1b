package org.carefeed.choice.directory;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.stream.Stream;

import org.carefeed.choice.hours.ClockKeys;
import org.carefeed.platform.migrations.Migration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A database from a version before clock keys has providers with opening times and no keys, which a
 * search by time would never find open: give them their keys. A provider is written only while it still
 * has no keys, so an import that links new hours meanwhile, keys and all, is never overwritten with keys
 * of the old ones; running again after a crash half-way writes the same keys.
 */
@Component
class ClockKeysBackfill implements Migration {

    private static final Logger log = LoggerFactory.getLogger(ClockKeysBackfill.class);

    private final MongoTemplate mongo;

    ClockKeysBackfill(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String id() {
        return "opening-hours-index-v1";
    }

    @Override
    public int version() {
        return 3;
    }

    @Override
    public String description() {
        return "clock keys for providers imported before search by time used them";
    }

    @Override
    public void run() {
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
        log.info("Gave clock keys to {} providers imported before search by time used them", count);
    }
}
