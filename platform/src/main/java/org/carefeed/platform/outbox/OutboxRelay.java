package org.carefeed.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import io.opentelemetry.context.Scope;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.bson.Document;
import org.carefeed.platform.kafka.CloudEventRecords;
import org.carefeed.platform.mongo.Leases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationListener;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Publishes the events waiting in the outboxes of the given collections and removes each one only after
 * Kafka acknowledged it, so nothing is lost; a crash between the two sends it again, which consumers
 * tolerate. Documents are taken oldest pending event first, and events in order within a document
 * (if Kafka refuses one, a later one it took is removed only after it, so it may be sent again, out of
 * order: readers keep the highest revision).
 *
 * <p>A document saved with pending events wakes the relay, which publishes them at once; so does a
 * writer that updates documents in place and calls {@link #wake}. A slower catch-up pass looks for
 * every pending event, for what a crash, an outage or another process left behind. It is slow on
 * purpose: the embedded Mongo-wire server answers it by reading the whole collection.
 *
 * <p>When Kafka is unreachable the relay stops and tries again at the next poll. An event that Kafka
 * refuses because of the record itself (too large, or invalid) would be refused forever: it is set
 * aside in {@code outbox_refused} with an error in the log, and the events behind it go on. A tombstone
 * later sent for the same key removes the set-aside copy too, so an erasure reaches it. Any other
 * refusal (a permission, say) keeps the event, holding up only its own document, and so does every
 * refusal of a tombstone.
 *
 * <p>Every instance of the service runs a relay, and each publishes at once what its own writes
 * stored. The catch-up pass runs on one instance at a time (a lease per collection, renewed at each
 * pass and lost after three missed ones), and only for events older than the send timeout, which the
 * instance that stored them has had every chance to send: so, with several instances, an event is
 * sent twice only when an instance crashes or loses Kafka between sending and removing it, which
 * at-least-once delivery allows.
 *
 * <p>Each event is sent in the trace it was stored in ({@link OutboxMessage#traceparent()}), so the
 * record's {@code traceparent} header continues the request that caused it, however much later it is sent.
 */
public class OutboxRelay implements InitializingBean, DisposableBean, SchedulingConfigurer,
        ApplicationListener<AfterSaveEvent<?>> {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final String PENDING_SINCE = OutboxMessage.FIELD + ".storedAt";
    static final String REFUSED = "outbox_refused";
    /**
     * Events younger than this are left to the instance that stored them, which may still be sending
     * them: longer than a send may take, so two instances never send the same event at once (a late
     * copy of a review's state landing after its tombstone would survive compaction).
     */
    private static final Duration SEND_MARGIN = Duration.ofSeconds(10);
    /** The optimistic-locking version of documents that have one (Spring Data's {@code @Version}). */
    private static final String VERSION = "version";

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final List<String> collections;
    /** Documents said to have pending events, by collection, not yet looked at. */
    private final Map<String, Set<Object>> woken = new ConcurrentHashMap<>();
    private final ExecutorService waker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final Leases leases;
    private final String instance = UUID.randomUUID().toString();
    private volatile boolean failing;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
            List<String> collections) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        this.collections = List.copyOf(collections);
        this.leases = new Leases(mongo, Clock.systemUTC());
    }

    /**
     * Only documents with pending events are in this sparse index, which gives the catch-up pass its
     * order. Woken documents are found by id; the catch-up pass is the only query over a collection,
     * and it runs once per poll interval. A tombstone finds the set-aside events of its key by the other.
     */
    @Override
    public void afterPropertiesSet() {
        for (String collection : collections) {
            mongo.indexOps(collection).createIndex(new Index()
                    .on(PENDING_SINCE, Sort.Direction.ASC).sparse().named("outbox_pending"));
        }
        mongo.indexOps(REFUSED).createIndex(new Index()
                .on("topic", Sort.Direction.ASC).on("key", Sort.Direction.ASC).named("by_key"));
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (properties.relay()) {
            registrar.addFixedDelayTask(this::relayPending, properties.pollInterval());
        }
    }

    /** A document was saved with pending events: publish them now. */
    @Override
    public void onApplicationEvent(AfterSaveEvent<?> event) {
        Document saved = event.getDocument();
        if (saved != null && saved.get(OutboxMessage.FIELD) instanceof List<?> outbox && !outbox.isEmpty()) {
            wake(event.getCollectionName(), List.of(saved.get("_id")));
        }
    }

    /** These documents of the collection have just been given pending events: publish them now. */
    public void wake(String collection, Collection<?> ids) {
        if (!properties.relay() || !collections.contains(collection) || ids.isEmpty()) {
            return;
        }
        woken.computeIfAbsent(collection, c -> ConcurrentHashMap.newKeySet()).addAll(ids);
        if (wakeQueued.compareAndSet(false, true)) {
            try {
                waker.execute(this::relayWoken);
            } catch (RejectedExecutionException shuttingDown) {
                // The write is stored with its events; the next start's catch-up pass publishes them.
            }
        }
    }

    private void relayWoken() {
        wakeQueued.set(false);
        relaying(() -> {
            for (Map.Entry<String, Set<Object>> collection : woken.entrySet()) {
                List<Object> ids = new ArrayList<>(collection.getValue());
                collection.getValue().removeAll(ids);
                relayDocuments(collection.getKey(), ids);
            }
        });
    }

    /**
     * One pass over every outbox whose catch-up lease this instance holds; what cannot be sent now
     * waits for the next pass.
     */
    public void relayPending() {
        relaying(() -> collections.stream()
                .filter(collection -> leases.tryAcquire(catchUpLease(collection), instance,
                        properties.pollInterval().multipliedBy(3)))
                .forEach(collection -> {
                    try {
                        relayPending(collection);
                    } catch (KafkaUnreachableException e) {
                        // This instance cannot reach Kafka: another that can should catch up instead.
                        leases.release(catchUpLease(collection), instance);
                        throw e;
                    }
                }));
    }

    private static String catchUpLease(String collection) {
        return "outbox-catch-up:" + collection;
    }

    /** One pass at a time, whichever thread asks, so that a document's events keep their order. */
    private synchronized void relaying(Runnable pass) {
        try {
            pass.run();
            recovered();
        } catch (KafkaUnreachableException e) {
            failing("Kafka is unreachable", e);
        } catch (DataAccessException e) {
            failing("MongoDB is unreachable", e);
        }
    }

    /** Every document with pending events, oldest pending first, found in one pass and sent in batches. */
    private void relayPending(String collection) {
        Query pending = Query.query(pendingCriteria()).with(Sort.by(PENDING_SINCE));
        pending.fields().include("_id");
        relayDocuments(collection, mongo.find(pending, Document.class, collection).stream()
                .map(document -> document.get("_id")).toList(),
                Instant.now().minus(properties.sendTimeout()).minus(SEND_MARGIN));
    }

    /**
     * Documents with pending events. Asked as "an outbox entry with a time", not "a non-empty outbox"
     * (the same documents): MongoDB uses a sparse index only for a query that leaves out what the
     * index leaves out.
     */
    static Criteria pendingCriteria() {
        return Criteria.where(PENDING_SINCE).exists(true);
    }

    /** The collections whose outboxes this relay publishes. */
    public List<String> collections() {
        return collections;
    }

    private void relayDocuments(String collection, List<Object> ids) {
        relayDocuments(collection, ids, null);
    }

    /** @param storedBefore only documents whose oldest pending event was stored before this; null for all */
    private void relayDocuments(String collection, List<Object> ids, Instant storedBefore) {
        for (int from = 0; from < ids.size(); from += properties.batchSize()) {
            Query batch = Query.query(Criteria.where("_id").in(ids.subList(from, Math.min(ids.size(), from + properties.batchSize()))));
            batch.fields().include(OutboxMessage.FIELD).include(VERSION);
            List<Document> documents = new ArrayList<>(mongo.find(batch, Document.class, collection));
            documents.removeIf(document -> !(document.get(OutboxMessage.FIELD) instanceof List<?> outbox) || outbox.isEmpty()
                    || storedBefore != null && !pendingSince(document).toInstant().isBefore(storedBefore));
            documents.sort(Comparator.comparing(OutboxRelay::pendingSince));
            // Every event of the batch is handed to Kafka before any acknowledgement is awaited, and a
            // document's events are removed once acknowledged. A send that fails at once (Kafka
            // unreachable: each would block for max.block.ms) stops the handing over; what was handed
            // over is settled, and the rest waits for the next pass.
            List<Sending> sending = new ArrayList<>();
            for (Document document : documents) {
                Sending one = send(document);
                sending.add(one);
                if (one.answers().stream().anyMatch(CompletableFuture::isCompletedExceptionally)) {
                    break;
                }
            }
            for (Sending one : sending) {
                settle(collection, one);
            }
        }
    }

    private static Date pendingSince(Document document) {
        Object since = document.getList(OutboxMessage.FIELD, Document.class).get(0).get("storedAt");
        return since instanceof Date date ? date : new Date(0);
    }

    /** A document's events handed to Kafka, and Kafka's answers to come, in the same order. */
    private record Sending(Document document, List<OutboxMessage> messages, List<CompletableFuture<?>> answers) {
    }

    private Sending send(Document document) {
        List<OutboxMessage> messages = mongo.getConverter().read(Pending.class, document).outbox();
        List<CompletableFuture<?>> answers = new ArrayList<>();
        for (OutboxMessage message : messages) {
            // Sent in the trace the event was stored in, so the producer's span, and the record's
            // traceparent header, continue the request that caused the event.
            try (Scope stored = StoredTrace.resume(message.traceparent())) {
                answers.add(kafka.send(CloudEventRecords.toProducerRecord(message.encoded())));
            } catch (RuntimeException e) {
                answers.add(CompletableFuture.failedFuture(e));
            }
        }
        return new Sending(document, messages, answers);
    }

    /**
     * Removes from the outbox the events Kafka acknowledged, and those it refused, set aside, up to the
     * first it could not be reached for; Kafka unreachable stops the pass, after the removal.
     */
    private void settle(String collection, Sending sending) {
        Object id = sending.document().get("_id");
        List<String> acknowledged = new ArrayList<>();
        KafkaUnreachableException unreachable = null;
        for (int i = 0; i < sending.messages().size(); i++) {
            OutboxMessage message = sending.messages().get(i);
            try {
                await(sending.answers().get(i));
                if (message.value() == null) {
                    forgetSetAside(message);
                }
                acknowledged.add(message.eventId());
            } catch (KafkaRefusedException e) {
                if (message.value() == null || !neverAccepted(e.getCause())) {
                    // Refused for a reason that may pass (a permission, say): it stays, and holds up only
                    // its own document. A tombstone always stays: dropping it would drop an erasure.
                    log.error("Kafka refused event {} of {} {}; it stays in the outbox and is retried. {}",
                            message.eventId(), collection, id, e.getMessage());
                    break;
                }
                setAside(collection, id, message, e);
                acknowledged.add(message.eventId());
            } catch (KafkaUnreachableException e) {
                unreachable = e;
                break;
            }
        }
        if (!acknowledged.isEmpty()) {
            Update sent = new Update().pull(OutboxMessage.FIELD,
                    new Document("eventId", new Document("$in", acknowledged)));
            if (sending.document().get(VERSION) != null) {
                // A copy read before this removal and saved after it would put the events back, to be
                // sent again: with the version moved on, that save fails and is retried on a fresh copy.
                sent.inc(VERSION, 1);
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), sent, collection);
        }
        if (unreachable != null) {
            throw unreachable;
        }
    }

    /** Kafka will never take this event: kept aside for a person to look at, so the ones behind it go on. */
    private void setAside(String collection, Object id, OutboxMessage message, KafkaRefusedException e) {
        log.error("Kafka refused event {} of {} {} for good ({}); it is set aside in {} and the events behind it "
                + "go on.", message.eventId(), collection, id, e.getMessage(), REFUSED);
        mongo.save(new Document("_id", message.eventId()).append("collection", collection).append("documentId", id)
                .append("topic", message.topic()).append("key", message.key()).append("headers", message.headers())
                .append("value", message.value()).append("error", e.getMessage()).append("at", new Date()), REFUSED);
    }

    /** A tombstone reached Kafka: a copy of an earlier event of the same key set aside here goes too. */
    private void forgetSetAside(OutboxMessage tombstone) {
        mongo.remove(Query.query(Criteria.where("topic").is(tombstone.topic()).and("key").is(tombstone.key())), REFUSED);
    }

    private void await(CompletableFuture<?> answer) {
        try {
            answer.get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
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

    /** Refusals no retry can change: the record itself is at fault. */
    private static boolean neverAccepted(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordTooLargeException || cause instanceof InvalidRecordException
                    || cause instanceof SerializationException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRetriable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetriableException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void destroy() {
        waker.shutdownNow();
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
