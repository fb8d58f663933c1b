package org.carefeed.platform.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Named leases in MongoDB, so that scheduled work runs on one instance at a time: a lease has one
 * holder until it expires, and is taken by an insert (the first time) or by an update that matches
 * only an expired lease or its own holder's, both atomic, so two instances can never both hold it.
 */
public class Leases {

    static final String COLLECTION = "leases";

    private final MongoTemplate mongo;
    private final Clock clock;

    public Leases(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** @return whether {@code holder} now holds the lease, for {@code length} */
    public boolean tryAcquire(String name, String holder, Duration length) {
        Instant now = clock.instant();
        Date until = Date.from(now.plus(length));
        try {
            mongo.insert(new Document("_id", name).append("holder", holder).append("until", until), COLLECTION);
            return true;
        } catch (DuplicateKeyException held) {
            // Taken over once expired (a lease given up ends at the very instant it was given up), or
            // renewed by the one who holds it.
            return mongo.updateFirst(query(where("_id").is(name).orOperator(where("until").lte(Date.from(now)),
                            where("holder").is(holder))),
                    new Update().set("holder", holder).set("until", until), COLLECTION).getModifiedCount() == 1;
        }
    }

    /** Gives the lease up early, if {@code holder} still holds it. */
    public void release(String name, String holder) {
        mongo.updateFirst(query(where("_id").is(name).and("holder").is(holder)),
                new Update().set("until", Date.from(clock.instant())), COLLECTION);
    }
}
