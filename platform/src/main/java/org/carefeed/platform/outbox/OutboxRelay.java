package org.carefeed.platform.outbox;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.common.errors.RetriableException;
import org.bson.Document;
import org.carefeed.platform.kafka.CloudEventRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Publishes the events waiting in the outboxes of the given collections and removes each one only after
 * Kafka acknowledged it, so nothing is lost; a crash between the two sends it again, which consumers
 * tolerate. Documents are taken oldest pending event first, and events in order within a document.
 *
 * <p>When Kafka is unreachable the relay stops and tries again at the next poll. An event that Kafka
 * refuses for another reason (a misconfigured topic or permission, say) stays in its outbox and is
 * retried too, but it holds up only its own document: the others go ahead.
 *
 * <p>Every instance of the service runs a relay; with several instances an event may be sent more
 * than once, which is allowed by at-least-once delivery.
 */
public class OutboxRelay implements InitializingBean, SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String PENDING_SINCE = OutboxMessage.FIELD + ".storedAt";

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final List<String> collections;
    private volatile boolean failing;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
            List<String> collections) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        this.collections = List.copyOf(collections);
    }

    /**
     * Only documents with pending events are in this sparse index, so each poll reads the few pending
     * documents, oldest first, rather than scanning a collection that only grows.
     */
    @Override
    public void afterPropertiesSet() {
        for (String collection : collections) {
            mongo.indexOps(collection).createIndex(new Index()
                    .on(PENDING_SINCE, Sort.Direction.ASC).sparse().named("outbox_pending"));
        }
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (properties.relay()) {
            registrar.addFixedDelayTask(this::relayPending, properties.pollInterval());
        }
    }

    /** One pass over every outbox; what cannot be sent now waits for the next pass. */
    public void relayPending() {
        try {
            for (String collection : collections) {
                relayPending(collection);
            }
            recovered();
        } catch (KafkaUnreachableException e) {
            failing("Kafka is unreachable", e);
        } catch (DataAccessException e) {
            failing("MongoDB is unreachable", e);
        }
    }

    private void relayPending(String collection) {
        Query pending = Query.query(Criteria.where(PENDING_SINCE).exists(true))
                .with(Sort.by(PENDING_SINCE))
                .limit(properties.batchSize());
        pending.fields().include(OutboxMessage.FIELD);
        for (Document document : mongo.find(pending, Document.class, collection)) {
            relayDocument(collection, document);
        }
    }

    private void relayDocument(String collection, Document document) {
        Object id = document.get("_id");
        for (OutboxMessage message : mongo.getConverter().read(Pending.class, document).outbox()) {
            try {
                publish(message);
            } catch (KafkaRefusedException e) {
                log.error("Kafka refused event {} of {} {}; it stays in the outbox and is retried. {}",
                        message.eventId(), collection, id, e.getMessage());
                return;
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                    new Update().pull(OutboxMessage.FIELD, new Document("eventId", message.eventId())), collection);
        }
    }

    private void publish(OutboxMessage message) {
        try {
            kafka.send(CloudEventRecords.toProducerRecord(message.encoded()))
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new KafkaUnreachableException(e);
        } catch (ExecutionException e) {
            throw isRetriable(e.getCause()) ? new KafkaUnreachableException(e.getCause())
                    : new KafkaRefusedException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnreachableException(e);
        }
    }

    private static boolean isRetriable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetriableException) {
                return true;
            }
        }
        return false;
    }

    /** Once per outage, not once per poll: the log should tell a story, not fill up. */
    private void failing(String what, Exception e) {
        if (!failing) {
            failing = true;
            log.warn("{}; events stay in the outbox and are retried every {}: {}", what, properties.pollInterval(),
                    e.getMessage());
        }
    }

    private void recovered() {
        if (failing) {
            failing = false;
            log.info("Outbox relay is publishing again");
        }
    }

    /** Just the outbox of any document. */
    record Pending(List<OutboxMessage> outbox) {
    }

    private static final class KafkaUnreachableException extends RuntimeException {
        KafkaUnreachableException(Throwable cause) {
            super(cause.toString(), cause);
        }
    }

    private static final class KafkaRefusedException extends RuntimeException {
        KafkaRefusedException(Throwable cause) {
            super(cause.toString(), cause);
        }
    }
}
