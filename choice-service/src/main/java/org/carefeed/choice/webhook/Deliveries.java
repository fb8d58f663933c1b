package org.carefeed.choice.webhook;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The delivery queue in MongoDB: enqueued once per subscription and event, claimed by any number of
 * workers with one atomic find-and-modify each, and the log of every attempt.
 */
@Component
class Deliveries {

    private final MongoTemplate mongo;
    private final Clock clock;
    private final JsonMapper json;

    Deliveries(MongoTemplate mongo, Clock clock, JsonMapper json, WebhookProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.json = json;
        // MongoDB forgets old deliveries and attempts by itself; a TTL's length is set here, not in an annotation.
        long keep = properties.keepDeliveriesFor().toSeconds();
        mongo.indexOps(Delivery.COLLECTION).createIndex(new Index().on(Delivery.CREATED_AT, Sort.Direction.ASC)
                .expire(keep, TimeUnit.SECONDS).named("forgotten"));
        mongo.indexOps(Attempt.COLLECTION).createIndex(new Index().on(Attempt.AT, Sort.Direction.ASC)
                .expire(keep, TimeUnit.SECONDS).named("forgotten"));
    }

    /** One delivery of the event to each subscription; none again for a pair already enqueued. */
    void enqueue(WebhookEvent event, List<Subscription> to) {
        Instant now = clock.instant();
        for (Subscription subscription : to) {
            try {
                mongo.insert(new Delivery(Delivery.idOf(subscription.id(), event.eventId()), subscription.id(),
                        event.eventId(), event.kind(), body(event, subscription), Delivery.PENDING, now, 0, null, null,
                        now, null));
            } catch (DuplicateKeyException redelivered) {
                // The record was read before: this delivery is already queued, or done.
            }
        }
    }

    private String body(WebhookEvent event, Subscription subscription) {
        ObjectNode body = json.createObjectNode();
        body.put("id", event.eventId());
        body.put("kind", event.kind());
        body.put("occurredAt", event.occurredAt().toString());
        body.put("providerId", event.providerId());
        body.put("subscriptionId", subscription.id());
        body.set("data", json.readTree(event.data()));
        return json.writeValueAsString(body);
    }

    /** A delivery claimed for one attempt, under its lease. */
    record Claimed(Delivery delivery, String leaseId) {
    }

    /**
     * Claims the pending delivery due soonest, of any subscription but those given, for one attempt: its
     * due time moves to the end of the lease, so no other worker takes it meanwhile.
     */
    Optional<Claimed> claim(Collection<String> busySubscriptions, Instant leaseEnds) {
        String leaseId = UUID.randomUUID().toString();
        Criteria due = where(Delivery.STATE).is(Delivery.PENDING).and(Delivery.DUE_AT).lte(clock.instant());
        if (!busySubscriptions.isEmpty()) {
            due = due.and(Delivery.SUBSCRIPTION_ID).nin(busySubscriptions);
        }
        Delivery claimed = mongo.findAndModify(query(due).with(Sort.by(Delivery.DUE_AT)),
                new Update().set(Delivery.DUE_AT, leaseEnds).set(Delivery.LEASE_ID, leaseId),
                FindAndModifyOptions.options().returnNew(true), Delivery.class);
        return Optional.ofNullable(claimed).map(delivery -> new Claimed(delivery, leaseId));
    }

    /** @return false when the lease had run out and the delivery was claimed again, so this outcome does not count */
    boolean delivered(Claimed claimed) {
        return finish(claimed, new Update().set(Delivery.STATE, Delivery.DELIVERED)
                .set(Delivery.DELIVERED_AT, clock.instant()).inc(Delivery.ATTEMPTS, 1));
    }

    boolean retryAt(Claimed claimed, Instant next, Instant retryingSince) {
        return finish(claimed, new Update().set(Delivery.DUE_AT, next).set(Delivery.RETRYING_SINCE, retryingSince)
                .inc(Delivery.ATTEMPTS, 1));
    }

    boolean givenUp(Claimed claimed) {
        return finish(claimed, new Update().set(Delivery.STATE, Delivery.FAILED).inc(Delivery.ATTEMPTS, 1));
    }

    /** Not attempted: its subscription is no longer active. */
    boolean held(Claimed claimed) {
        return finish(claimed, new Update().set(Delivery.STATE, Delivery.HELD));
    }

    private boolean finish(Claimed claimed, Update update) {
        return mongo.updateFirst(query(where("_id").is(claimed.delivery().id()).and(Delivery.LEASE_ID)
                .is(claimed.leaseId())), update.unset(Delivery.LEASE_ID), Delivery.class).getModifiedCount() == 1;
    }

    /** Keeps a paused subscription's deliveries out of the workers' way until it is resumed. */
    void hold(String subscriptionId) {
        mongo.updateMulti(query(where(Delivery.SUBSCRIPTION_ID).is(subscriptionId).and(Delivery.STATE)
                .is(Delivery.PENDING)), new Update().set(Delivery.STATE, Delivery.HELD), Delivery.class);
    }

    /** A resumed subscription's held deliveries are due now, with a fresh retry window. */
    void release(String subscriptionId) {
        mongo.updateMulti(query(where(Delivery.SUBSCRIPTION_ID).is(subscriptionId).and(Delivery.STATE)
                .is(Delivery.HELD)), new Update().set(Delivery.STATE, Delivery.PENDING)
                .set(Delivery.DUE_AT, clock.instant()).unset(Delivery.RETRYING_SINCE), Delivery.class);
    }

    void forget(String subscriptionId) {
        mongo.remove(query(where(Delivery.SUBSCRIPTION_ID).is(subscriptionId)), Delivery.class);
        mongo.remove(query(where(Attempt.SUBSCRIPTION_ID).is(subscriptionId)), Attempt.class);
    }

    void log(Attempt attempt) {
        mongo.insert(attempt);
    }

    /** The subscription's latest attempts, newest first. */
    List<Attempt> logOf(String subscriptionId, int limit) {
        return mongo.find(query(where(Attempt.SUBSCRIPTION_ID).is(subscriptionId))
                .with(Sort.by(Sort.Order.desc(Attempt.AT), Sort.Order.desc("_id"))).limit(limit), Attempt.class);
    }

    /** How many of its deliveries are in each state. */
    long count(String subscriptionId, String state) {
        return mongo.count(query(where(Delivery.SUBSCRIPTION_ID).is(subscriptionId).and(Delivery.STATE).is(state)),
                Delivery.class);
    }
}
