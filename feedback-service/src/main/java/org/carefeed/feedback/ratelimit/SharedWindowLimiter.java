package org.carefeed.feedback.ratelimit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Counts requests per key in fixed windows kept in MongoDB, so that every instance of the service
 * counts against the same limit. Windows are aligned to the clock (a 10-minute window starts on the
 * tens), so all instances agree on which window a request falls in without talking to each other.
 * One atomic increment per request; an expired window's count is removed by MongoDB's TTL index on
 * {@code expiresAt}, and by the retention purge on the embedded server, which has no TTL.
 */
final class SharedWindowLimiter {

    static final String COLLECTION = "rate_limits";

    private final MongoTemplate mongo;
    private final String name;
    private final int limit;
    private final Duration window;
    private final Clock clock;

    SharedWindowLimiter(MongoTemplate mongo, String name, int limit, Duration window, Clock clock) {
        this.mongo = mongo;
        this.name = name;
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one request; if it is over the limit, how long until the key may try again. */
    Optional<Duration> acquire(String key) {
        Instant now = clock.instant();
        long windowMillis = window.toMillis();
        Instant start = Instant.ofEpochMilli(now.toEpochMilli() / windowMillis * windowMillis);
        Instant end = start.plus(window);
        Document counted = mongo.findAndModify(query(where("_id").is(name + ":" + key + ":" + start.toEpochMilli())),
                new Update().inc("count", 1).setOnInsert("expiresAt", Date.from(end)),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
        if (counted == null || counted.getInteger("count", 0) <= limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, end));
    }
}
