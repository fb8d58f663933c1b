package org.carefeed.choice.summary;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps each provider's counters ({@code provider_tallies}, one document a provider) equal to the sum of
 * what its reviews, complaints and outcomes count for, one small change at a time, without transactions.
 *
 * <p>Each counted item has an entry ({@code tally_entries}) that records what it counts for now and a
 * sequence number. Changing an item first claims the move on its entry (what it counts for now, the next
 * sequence, and the move as pending: its name and what it counted for before), only if the sequence is
 * still the one read, so one consumer wins each move; then adds the difference to the counters as one
 * operation under the move's name, which the counters document remembers (the last
 * {@value #REMEMBERED_OPERATIONS}) so it is never added twice; then clears the claim. Whoever finds a
 * claim pending, a later delivery after a crash or a consumer racing during a rebalance, finishes it
 * before anything else. So redelivered, reordered and racing events converge. What can still drift (a
 * crash followed by more than that many other changes to the provider before anyone finishes the move)
 * the nightly check finds and corrects.
 */
@Component
class TallyLedger {

    static final String TALLIES = "provider_tallies";
    static final String ENTRIES = "tally_entries";
    static final int REMEMBERED_OPERATIONS = 100;

    private static final String COUNTS = "counts";
    private static final String VERSION = "version";
    private static final String APPLIED = "applied";
    private static final String SEQUENCE = "seq";
    private static final String COUNTED = "counted";
    private static final String PENDING = "pending";
    private static final String OPERATION = "operation";
    private static final String FROM = "from";
    private static final String PROVIDER_CODE = "providerCode";
    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;

    TallyLedger(MongoTemplate mongo) {
        this.mongo = mongo;
        // For the nightly check's rebuild of one provider (entriesOf).
        mongo.indexOps(ENTRIES).createIndex(new Index().on(PROVIDER_CODE, Sort.Direction.ASC).named("entries_of_provider"));
    }

    /** The provider's counters, or none. */
    Counters read(String providerCode) {
        Document tallies = mongo.findById(providerCode, Document.class, TALLIES);
        if (tallies == null) {
            return Counters.NONE;
        }
        Document counts = tallies.get(COUNTS, Document.class);
        return Counters.of(tallies.get(VERSION, Number.class).longValue(), counts == null ? new Document() : counts);
    }

    /** Every provider that has counters. */
    List<String> providerCodes() {
        Query ids = new Query();
        ids.fields().include("_id");
        return mongo.find(ids, Document.class, TALLIES).stream().map(d -> d.getString("_id")).toList();
    }

    /**
     * Makes the counters count {@code entryId} for exactly {@code paths} (none when it no longer counts).
     *
     * @return whether the counters changed
     */
    boolean count(String providerCode, String entryId, Set<String> paths) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document entry = mongo.findById(entryId, Document.class, ENTRIES);
            long sequence = entry == null ? 0 : entry.get(SEQUENCE, Number.class).longValue();
            Set<String> counted = countedBy(entry);
            Document pending = entry == null ? null : entry.get(PENDING, Document.class);
            if (pending != null) {
                // A move another consumer (or a crashed one) claimed but may not have added yet.
                finish(providerCode, entryId, sequence, pending, counted);
                continue;
            }
            if (counted.equals(paths)) {
                return false;
            }
            // Claim the move first: only the consumer whose claim moves the sequence on adds it, under a
            // name no other move of this entry has.
            String operation = entryId + "#" + (sequence + 1);
            Document claim = new Document(OPERATION, operation).append(FROM, List.copyOf(counted));
            if (claim(entryId, providerCode, sequence, paths, claim)) {
                finish(providerCode, entryId, sequence + 1, claim, paths);
                return true;
            }
        }
        throw new IllegalStateException("Could not count " + entryId + " after " + ATTEMPTS + " attempts");
    }

    /** Adds a claimed move to the counters (once, whoever asks) and clears the claim. */
    private void finish(String providerCode, String entryId, long sequence, Document pending, Set<String> counted) {
        Set<String> from = new HashSet<>(pending.getList(FROM, String.class));
        addOnce(providerCode, pending.getString(OPERATION), difference(from, counted));
        mongo.updateFirst(query(where("_id").is(entryId).and(SEQUENCE).is(sequence)), new Update().unset(PENDING),
                ENTRIES);
    }

    /**
     * Replaces the provider's counters by {@code counters}, unless they changed since they were read at
     * {@code expectedVersion}; and sets each given entry to what it counts for.
     *
     * @return false when the counters changed meanwhile (nothing was replaced)
     */
    boolean replace(String providerCode, long expectedVersion, Counters counters, Map<String, Set<String>> entries) {
        entries.forEach((entryId, paths) -> mongo.upsert(query(where("_id").is(entryId)),
                new Update().set(PROVIDER_CODE, providerCode).set(COUNTED, List.copyOf(paths)).unset(PENDING)
                        .inc(SEQUENCE, 1), ENTRIES));
        Update whole = new Update().set(COUNTS, counters.nested()).set(APPLIED, List.of()).inc(VERSION, 1);
        if (expectedVersion == 0) {
            try {
                mongo.insert(new Document("_id", providerCode).append(COUNTS, counters.nested())
                        .append(APPLIED, List.of()).append(VERSION, 1L), TALLIES);
                return true;
            } catch (DuplicateKeyException createdMeanwhile) {
                return false;
            }
        }
        return mongo.updateFirst(query(where("_id").is(providerCode).and(VERSION).is(expectedVersion)), whole, TALLIES)
                .getMatchedCount() == 1;
    }

    /** The entries of one provider, with what each counts for. */
    Map<String, Set<String>> entriesOf(String providerCode) {
        Map<String, Set<String>> entries = new LinkedHashMap<>();
        mongo.find(query(where(PROVIDER_CODE).is(providerCode)), Document.class, ENTRIES)
                .forEach(entry -> entries.put(entry.getString("_id"), countedBy(entry)));
        return entries;
    }

    /** Adds {@code change} to the counters unless this operation was added before; true if added now. */
    private boolean addOnce(String providerCode, String operation, Map<String, Integer> change) {
        Update update = new Update().inc(VERSION, 1);
        change.forEach((path, by) -> update.inc(COUNTS + "." + path, by));
        update.push(APPLIED).slice(-REMEMBERED_OPERATIONS).each(operation);
        try {
            mongo.upsert(query(where("_id").is(providerCode).and(APPLIED).ne(operation)), update, TALLIES);
            return true;
        } catch (DuplicateKeyException addedBefore) {
            // The filter missed because the operation is remembered, so the upsert tried to create the
            // provider's counters a second time.
            return false;
        }
    }

    private boolean claim(String entryId, String providerCode, long sequence, Set<String> paths, Document claim) {
        if (sequence == 0) {
            try {
                mongo.insert(new Document("_id", entryId).append(PROVIDER_CODE, providerCode)
                        .append(COUNTED, List.copyOf(paths)).append(SEQUENCE, 1L).append(PENDING, claim), ENTRIES);
                return true;
            } catch (DuplicateKeyException createdMeanwhile) {
                return false;
            }
        }
        return mongo.updateFirst(query(where("_id").is(entryId).and(SEQUENCE).is(sequence)),
                new Update().set(COUNTED, List.copyOf(paths)).set(PENDING, claim).inc(SEQUENCE, 1), ENTRIES)
                .getMatchedCount() == 1;
    }

    private static Set<String> countedBy(Document entry) {
        return entry == null ? Set.of() : new HashSet<>(entry.getList(COUNTED, String.class));
    }

    private static Map<String, Integer> difference(Set<String> before, Set<String> after) {
        Map<String, Integer> change = new LinkedHashMap<>();
        before.stream().filter(path -> !after.contains(path)).forEach(path -> change.put(path, -1));
        after.stream().filter(path -> !before.contains(path)).forEach(path -> change.put(path, 1));
        return change;
    }

}
