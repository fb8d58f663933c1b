package org.carefeed.feedback.directory;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;

import org.carefeed.events.ProviderClosed;
import org.carefeed.events.ProviderUpserted;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Applies directory events to the replica. A write only happens when the event is not older than what
 * is stored, so redelivery and replay from the start of the topic give the same replica.
 */
@Component
class ProviderReplica {

    private final MongoTemplate mongo;

    ProviderReplica(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void apply(ProviderUpserted event) {
        write(event.providerId(), event.occurredAt(), new Update()
                .set("name", event.name())
                .set("type", event.type())
                .set("parentCode", event.parentCode())
                .set("status", KnownProvider.OPEN)
                .set("asOf", event.occurredAt()));
    }

    void apply(ProviderClosed event) {
        write(event.providerId(), event.occurredAt(), new Update()
                .set("status", KnownProvider.CLOSED)
                .set("asOf", event.occurredAt()));
    }

    /**
     * Looks the provider up by id and writes by id, rather than one conditional upsert: the embedded
     * Mongo-wire server answers a query on anything beyond the id by reading the whole collection,
     * and a whole directory's events would then cost one scan each. The check and the write are not
     * one atomic step, which is safe because a provider's events come in order from one partition,
     * read by one consumer at a time.
     */
    private void write(String code, Instant asOf, Update update) {
        KnownProvider stored = mongo.findById(code, KnownProvider.class);
        if (stored != null && stored.asOf() != null && stored.asOf().isAfter(asOf)) {
            return;
        }
        mongo.upsert(query(where("_id").is(code)), update, KnownProvider.class);
    }
}
