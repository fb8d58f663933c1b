package org.carefeed.choice.opendata;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A version of each part of the open data ({@code data_versions}, one small document a scope), bumped
 * by every write path after its write has landed, so that a request can tell from these documents alone,
 * before it reads or renders anything, which body it would serve: the ETag and Last-Modified of feeds,
 * API reads and downloads are made from them, and a conditional request is answered 304 without
 * reading the data itself.
 *
 * <p>Bumped <em>after</em> the write: a request that reads the new version renders after the write, so a
 * new ETag never names an old body. A request between the write and the bump labels the new body with
 * the old version; the bump a moment later makes that label stale, so the client asks again and gets
 * it. A crash between the write and the bump would leave the old version naming the new data for good,
 * so each write path makes sure the bump follows: a review event that crashed is redelivered by Kafka
 * and applied again (the projection re-announces even an unchanged review, and the listing bumps every
 * time); an import, which is not redone by itself, bumps both before and after it writes, so that
 * a crash midway has already moved every ETag away from the data before the import.
 */
@Component
public class DataVersions {

    static final String COLLECTION = "data_versions";
    private static final String VERSION = "v";
    private static final String AT = "at";

    /** The directory: providers, their details, names, links between organisations and sites. */
    public static final String DIRECTORY = "directory";
    /** Every imported indicator value. */
    public static final String INDICATORS = "indicators";
    /** Every published review: moves with any review's change. */
    public static final String ALL_REVIEWS = "reviews:*";
    /** Any provider's figures (scores and counts made from feedback). */
    public static final String ALL_FIGURES = "figures:*";

    private final MongoTemplate mongo;
    private final Clock clock;

    DataVersions(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The published reviews on one review list: a provider's code, {@code *} (all) or {@code type:<type>}. */
    public static String reviews(String listKey) {
        return "reviews:" + listKey;
    }

    /** One provider's figures. */
    public static String figures(String providerCode) {
        return "figures:" + providerCode;
    }

    /**
     * Where the data of some scopes stands.
     *
     * @param versions    each scope's version, 0 for one never changed
     * @param lastChanged the latest change of any of them, or null if none ever changed
     */
    public record Versions(Map<String, Long> versions, Instant lastChanged) {
    }

    /** Moves each scope to a new version, now; call it once the write has landed. */
    public void bump(Collection<String> scopes) {
        Set<String> distinct = new LinkedHashSet<>(scopes);
        if (distinct.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        // $max: an instance whose clock is behind never moves a scope's time back.
        distinct.forEach(scope -> bulk.upsert(query(where("_id").is(scope)),
                new Update().inc(VERSION, 1).max(AT, now)));
        bulk.execute();
    }

    public void bump(String... scopes) {
        bump(List.of(scopes));
    }

    /** One read by id, whatever the scopes are about. */
    public Versions current(Collection<String> scopes) {
        Map<String, Long> versions = new TreeMap<>();
        scopes.forEach(scope -> versions.put(scope, 0L));
        Instant last = null;
        for (Document found : mongo.find(query(where("_id").in(versions.keySet())), Document.class, COLLECTION)) {
            versions.put(found.getString("_id"), found.get(VERSION, Number.class).longValue());
            Instant at = found.getDate(AT).toInstant();
            last = last == null || at.isAfter(last) ? at : last;
        }
        return new Versions(versions, last);
    }
}
