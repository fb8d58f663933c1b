package org.carefeed.feedback.outbox;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.bson.Document;
import org.carefeed.platform.kafka.CloudEventRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes the events waiting in the outboxes of the given collections, in order within a document, removing each only after Kafka acknowledged it. If Kafka is unreachable it
 * stops and tries again at the next poll; nothing is lost, and a crash between send and removal means
 * the event is sent again, which consumers tolerate.
 */
public class OutboxRelay implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String PENDING_EVENT_ID = OutboxMessage.FIELD + ".eventId";

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final List<String> collections;
    private volatile boolean kafkaFailing;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
            List<String> collections) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        this.collections = List.copyOf(collections);
    }

    /**
     * Only documents with pending events are in this sparse index, so each poll reads the few pending
     * documents rather than scanning a collection that only grows.
     */
    @Override
    public void afterPropertiesSet() {
        for (String collection : collections) {
            mongo.indexOps(collection).createIndex(new Index()
                    .on(PENDING_EVENT_ID, Sort.Direction.ASC).sparse().named("outbox_pending"));
        }
    }

    @Scheduled(fixedDelayString = "${carefeed.outbox.poll-interval:500ms}")
    public void relayPending() {
        try {
            for (String collection : collections) {
                relayPending(collection);
            }
            if (kafkaFailing) {
                kafkaFailing = false;
                log.info("Kafka reachable again; pending events are being published");
            }
        } catch (PublishFailedException e) {
            // Once per outage, not once per poll: the log should tell a story, not fill up.
            if (!kafkaFailing) {
                kafkaFailing = true;
                log.warn("Could not publish to Kafka, events stay in the outbox and will be retried: {}",
                        e.getMessage());
            }
        }
    }

    private void relayPending(String collection) {
        Query pending = Query.query(Criteria.where(PENDING_EVENT_ID).exists(true))
                .limit(properties.batchSize());
        pending.fields().include(OutboxMessage.FIELD);
        for (Document document : mongo.find(pending, Document.class, collection)) {
            for (OutboxMessage message : mongo.getConverter().read(Pending.class, document).outbox()) {
                publish(message);
                mongo.updateFirst(Query.query(Criteria.where("_id").is(document.get("_id"))),
                        new Update().pull(OutboxMessage.FIELD, new Document("eventId", message.eventId())),
                        collection);
            }
        }
    }

    private void publish(OutboxMessage message) {
        try {
            kafka.send(CloudEventRecords.toProducerRecord(message.encoded()))
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new PublishFailedException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException(e);
        }
    }

    /** Just the outbox of any document. */
    record Pending(List<OutboxMessage> outbox) {
    }

    private static final class PublishFailedException extends RuntimeException {
        PublishFailedException(Throwable cause) {
            super(cause instanceof ExecutionException ? cause.getCause().toString() : cause.toString(), cause);
        }
    }
}
