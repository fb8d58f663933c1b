package org.carefeed.choice.webhook;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The webhook subscriptions in MongoDB, and every change of their status. */
@Component
class Subscriptions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoTemplate mongo;
    private final Clock clock;
    private final WebhookProperties properties;
    private final SecretSeal seal;

    Subscriptions(MongoTemplate mongo, Clock clock, WebhookProperties properties, SecretSeal seal) {
        this.mongo = mongo;
        this.clock = clock;
        this.properties = properties;
        this.seal = seal;
    }

    /** A new subscription and its two credentials, each shown to the subscriber this once. */
    record Registered(Subscription subscription, String secret, String managementToken) {
    }

    Registered register(String url, Subscription.Filters filters, String description) {
        String secret = "whsec_" + randomToken();
        String managementToken = "whm_" + randomToken();
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        Subscription subscription = mongo.insert(new Subscription(id, url, filters, description, Subscription.PENDING,
                null, seal.seal(id, secret), hash(managementToken), 0, null, now, now));
        return new Registered(subscription, secret, managementToken);
    }

    /** The secret its deliveries are signed with. */
    String secretOf(Subscription subscription) {
        return seal.open(subscription.id(), subscription.secret());
    }

    Optional<Subscription> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Subscription.class));
    }

    /** The subscription, if this is its management token; compared in constant time. */
    Optional<Subscription> findManaged(String id, String managementToken) {
        return find(id).filter(subscription -> MessageDigest.isEqual(
                subscription.managementTokenHash().getBytes(StandardCharsets.US_ASCII),
                hash(managementToken).getBytes(StandardCharsets.US_ASCII)));
    }

    /** Those events are delivered to. */
    List<Subscription> active() {
        return mongo.find(query(where(Subscription.STATUS).is(Subscription.ACTIVE))
                .with(Sort.by(Subscription.CREATED_AT)), Subscription.class);
    }

    /** Oldest first, as an administrator works through them. */
    List<Subscription> withStatus(String status, int limit) {
        return mongo.find(query(where(Subscription.STATUS).is(status)).with(Sort.by(Subscription.CREATED_AT))
                .limit(limit), Subscription.class);
    }

    /**
     * Moves it from one of {@code from} to {@code to}, atomically.
     *
     * @return the subscription as it is now, or empty when it was in none of {@code from}
     */
    Optional<Subscription> change(String id, Set<String> from, String to, String reason) {
        Update update = new Update().set(Subscription.STATUS, to).set(Subscription.STATUS_CHANGED_AT, clock.instant());
        if (reason == null) {
            update.unset(Subscription.STATUS_REASON);
        } else {
            update.set(Subscription.STATUS_REASON, reason);
        }
        if (to.equals(Subscription.ACTIVE)) {
            // A fresh start: the failures that paused it are behind it.
            update.set(Subscription.CONSECUTIVE_FAILURES, 0).unset(Subscription.FAILING_SINCE);
        }
        return Optional.ofNullable(mongo.findAndModify(query(where("_id").is(id).and(Subscription.STATUS).in(from)),
                update, FindAndModifyOptions.options().returnNew(true), Subscription.class));
    }

    void delete(String id) {
        mongo.remove(query(where("_id").is(id)), Subscription.class);
    }

    void succeeded(String id) {
        mongo.updateFirst(query(where("_id").is(id)), new Update().set(Subscription.CONSECUTIVE_FAILURES, 0)
                .unset(Subscription.FAILING_SINCE), Subscription.class);
    }

    /**
     * Counts a failed attempt, and pauses the subscription once it has failed too often for too long.
     *
     * @return whether this failure paused it
     */
    boolean failed(String id) {
        Instant now = clock.instant();
        mongo.updateFirst(query(where("_id").is(id).and(Subscription.FAILING_SINCE).is(null)),
                new Update().set(Subscription.FAILING_SINCE, now), Subscription.class);
        Subscription counted = mongo.findAndModify(query(where("_id").is(id)),
                new Update().inc(Subscription.CONSECUTIVE_FAILURES, 1), FindAndModifyOptions.options().returnNew(true),
                Subscription.class);
        if (counted == null || !counted.status().equals(Subscription.ACTIVE) || !counted.failingTooLong(properties, now)) {
            return false;
        }
        return change(id, Set.of(Subscription.ACTIVE), Subscription.PAUSED, "Paused after "
                + counted.consecutiveFailures() + " failed attempts in a row since " + counted.failingSince()
                + "; an administrator can resume it.").isPresent();
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
