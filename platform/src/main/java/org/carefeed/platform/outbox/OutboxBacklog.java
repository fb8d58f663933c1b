package org.carefeed.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.bson.Document;
import org.carefeed.platform.metrics.QueriedGauges;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * How far behind the outboxes are, as gauges: per collection, the documents with events waiting and how
 * long the oldest has waited; and the events set aside because Kafka refused them for good. Normally
 * both stay near zero: events are sent as soon as they are stored. A growing age means Kafka has been
 * unreachable for that long.
 */
public final class OutboxBacklog implements MeterBinder {

    private final MongoTemplate mongo;
    private final List<String> collections;
    private final Duration queryInterval;
    private final Clock clock;

    public OutboxBacklog(MongoTemplate mongo, List<String> collections, Duration queryInterval, Clock clock) {
        this.mongo = mongo;
        this.collections = List.copyOf(collections);
        this.queryInterval = queryInterval;
        this.clock = clock;
    }

    /** Documents with events waiting, and when the oldest of them was stored (null if none). */
    private record Pending(long documents, Instant oldest) {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String collection : collections) {
            Tags tags = Tags.of("collection", collection);
            new QueriedGauges<>("the outbox of " + collection, () -> pending(collection), queryInterval)
                    .gauge(registry, "carefeed.outbox.backlog", tags, null,
                            "Documents whose events wait in the outbox to be sent to Kafka", Pending::documents)
                    .gauge(registry, "carefeed.outbox.oldest.age", tags, "seconds",
                            "How long the oldest event waiting in the outbox has waited; 0 when none waits",
                            pending -> pending.oldest() == null ? 0
                                    : Math.max(0, Duration.between(pending.oldest(), clock.instant()).toMillis() / 1000.0));
        }
        // Every set-aside event has a topic: counted through the relay's (topic, key) index.
        Query refused = Query.query(Criteria.where("topic").exists(true));
        new QueriedGauges<>(OutboxRelay.REFUSED, () -> mongo.count(refused, OutboxRelay.REFUSED), queryInterval)
                .gauge(registry, "carefeed.outbox.refused", Tags.empty(), null,
                        "Events Kafka refused for good, set aside in " + OutboxRelay.REFUSED + " for a person to look at",
                        Long::doubleValue);
    }

    /** The relay's own query for pending documents (see its index), counted, and its first document. */
    private Pending pending(String collection) {
        Query query = Query.query(OutboxRelay.pendingCriteria());
        long documents = mongo.count(query, collection);
        if (documents == 0) {
            return new Pending(0, null);
        }
        Query oldest = Query.query(OutboxRelay.pendingCriteria()).with(Sort.by(OutboxRelay.PENDING_SINCE)).limit(1);
        oldest.fields().include(OutboxRelay.PENDING_SINCE);
        Document first = mongo.findOne(oldest, Document.class, collection);
        Instant since = first == null ? null : first.getList(OutboxMessage.FIELD, Document.class).stream()
                .map(message -> message.get("storedAt")).filter(Date.class::isInstance)
                .map(date -> ((Date) date).toInstant()).min(Comparator.naturalOrder()).orElse(null);
        return new Pending(documents, since);
    }
}
