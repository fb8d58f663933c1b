package org.carefeed.choice.change;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.LongStream;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The recorded notices, each under its position (its offset on the changes topic, plus one) as the document id.
 * Read only as an unbroken run of positions: a position not recorded yet (its recorder is behind, or a
 * later one landed first) ends the run, so a reader never passes a change it has not been given.
 */
@Component
class ChangeLog {

    static final String COLLECTION = "changes";

    /**
     * A recorded notice.
     *
     * @param position its offset on the changes topic, plus one
     * @param at       when it was announced
     * @param lost     true for a position whose notice the recorder never received (see {@link ChangeRecorder})
     */
    record Entry(long position, String kind, String id, Instant at, boolean lost) {
    }

    private final MongoTemplate mongo;

    ChangeLog(MongoTemplate mongo) {
        this.mongo = mongo;
        // For forgetting old changes: where the kept ones begin.
        mongo.indexOps(COLLECTION).createIndex(new Index().on("at", Sort.Direction.ASC).named("at"));
    }

    /**
     * Forgets the changes announced before {@code cutoff}, always as a run from the start, never a gap
     * in the middle (a reader stops at a gap): everything below the first position announced since the
     * cutoff goes, which may take a few later ones that sat below it too. The last position always
     * stays, so a client that is up to date can always ask from it.
     *
     * @return how many were forgotten
     */
    long forgetBefore(Instant cutoff) {
        Query firstKept = query(where("at").gte(Date.from(cutoff))).with(Sort.by("at")).limit(1);
        firstKept.fields().include("_id");
        Document kept = mongo.findOne(firstKept, Document.class, COLLECTION);
        OptionalLong last = last();
        if (last.isEmpty()) {
            return 0;
        }
        long keepFrom = kept == null ? last.getAsLong() : Math.min(((Number) kept.get("_id")).longValue(), last.getAsLong());
        return mongo.remove(query(where("_id").lt(keepFrom)), COLLECTION).getDeletedCount();
    }

    /** Records a notice; recording one again (a redelivery) writes the same document. */
    void record(long position, ChangeNotice notice, Instant at) {
        mongo.upsert(query(where("_id").is(position)), new Update().set("kind", notice.kind()).set("id", notice.id())
                .set("at", Date.from(at)).unset("lost"), COLLECTION);
    }

    /** Marks a position that held no notice, unless a notice is recorded there. */
    void recordLost(long position, Instant at) {
        mongo.upsert(query(where("_id").is(position)), new Update().setOnInsert("lost", true)
                .setOnInsert("at", Date.from(at)), COLLECTION);
    }

    /** The highest position recorded, if any. */
    OptionalLong last() {
        return end(Sort.Direction.DESC);
    }

    /** The lowest position recorded, if any: 1, unless the log was started from a later offset. */
    OptionalLong first() {
        return end(Sort.Direction.ASC);
    }

    private OptionalLong end(Sort.Direction direction) {
        Query end = new Query().with(Sort.by(direction, "_id")).limit(1);
        end.fields().include("_id");
        Document found = mongo.findOne(end, Document.class, COLLECTION);
        return found == null ? OptionalLong.empty() : OptionalLong.of(((Number) found.get("_id")).longValue());
    }

    /**
     * The unbroken run of positions after {@code since}, at most {@code limit} of them. Asked by id, as
     * the positions it may hold, rather than as a range: a range would return what lies past a gap.
     */
    List<Entry> after(long since, int limit) {
        List<Long> wanted = LongStream.rangeClosed(since + 1, since + limit).boxed().toList();
        Query positions = query(where("_id").in(wanted)).with(Sort.by("_id"));
        List<Entry> run = new ArrayList<>(limit);
        long expected = since + 1;
        for (Document found : mongo.find(positions, Document.class, COLLECTION)) {
            long position = ((Number) found.get("_id")).longValue();
            if (position != expected) {
                break;
            }
            Date at = found.getDate("at");
            run.add(new Entry(position, found.getString("kind"), found.getString("id"),
                    at == null ? null : at.toInstant(), Boolean.TRUE.equals(found.getBoolean("lost"))));
            expected++;
        }
        return run;
    }
}
