package org.carefeed.feedback.directory;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;

import org.carefeed.events.ProviderClosed;
import org.carefeed.events.ProviderUpserted;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
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

    private void write(String code, Instant asOf, Update update) {
        Criteria notNewer = new Criteria().orOperator(where("asOf").lte(asOf), where("asOf").exists(false));
        try {
            mongo.upsert(query(where("_id").is(code)).addCriteria(notNewer), update, KnownProvider.class);
        } catch (DuplicateKeyException newerAlreadyStored) {
            // The filter missed because what is stored is newer, so the upsert tried to insert the same
            // code again: there is nothing to do.
        }
    }
}
