package org.carefeed.feedback.retention;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.bson.Document;
import org.carefeed.platform.mongo.Leases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, on one instance only, removes what has outlived its purpose: sign-in failure counts
 * that no longer count and password reset links that have expired. (MongoDB would expire them
 * itself by their TTL index; the embedded Mongo-wire server does not, and this covers both.) Each run
 * records what it removed, as counts, never content, in {@code purge_runs}.
 */
@Component
public class RetentionPurge {

    static final String LEASE = "retention-purge";
    static final String RUNS = "purge_runs";
    private static final Duration LEASE_LENGTH = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    private final MongoTemplate mongo;
    private final Leases leases;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString();

    RetentionPurge(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.leases = new Leases(mongo, clock);
        this.clock = clock;
    }

    @Scheduled(cron = "${carefeed.retention.schedule:0 30 3 * * *}", zone = "Europe/London")
    void nightly() {
        run();
    }

    /** @return what this run removed, or null if another instance is running it */
    Document run() {
        if (!leases.tryAcquire(LEASE, instance, LEASE_LENGTH)) {
            return null;
        }
        try {
            Instant now = clock.instant();
            Date cutoff = Date.from(now);
            Document removed = new Document("_id", UUID.randomUUID().toString()).append("at", cutoff)
                    .append("signInFailuresForgotten", mongo.remove(query(where("expiresAt").lt(cutoff)),
                            "sign_in_failures").getDeletedCount())
                    .append("resetLinksExpired", mongo.remove(query(where("expiresAt").lt(cutoff)),
                            "password_resets").getDeletedCount());
            mongo.insert(removed, RUNS);
            log.info("Retention purge removed {}", removed.toJson());
            return removed;
        } finally {
            leases.release(LEASE, instance);
        }
    }
}
