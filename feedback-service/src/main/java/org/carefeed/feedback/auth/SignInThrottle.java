package org.carefeed.feedback.auth;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.function.IntFunction;

import org.bson.Document;
import org.carefeed.feedback.Sha256;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Slows sign-in down after repeated failures instead of locking accounts, so that a stranger who
 * guesses at a moderator's account slows down only their own attempts: failures are counted per
 * account and address, and, more gently, per address over every account. An attempt that must wait is
 * answered at once with how long (never by holding a thread), without a password check, whether the
 * account exists or not. Counts are kept in MongoDB, so every instance of the service sees the same,
 * and keyed by a hash of the email, so the guesses of an attacker (often someone else's address) are
 * not stored.
 */
@Component
class SignInThrottle implements InitializingBean {

    static final String COLLECTION = "sign_in_failures";
    private static final String IN_FLIGHT = "inFlight";
    private static final String IN_FLIGHT_SINCE = "inFlightSince";
    /** A claim older than this was left by a process that stopped mid-attempt. */
    private static final Duration ABANDONED_AFTER = Duration.ofSeconds(30);

    private final MongoTemplate mongo;
    private final SignInThrottleProperties properties;
    private final Clock clock;

    SignInThrottle(MongoTemplate mongo, SignInThrottleProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Failures are forgotten by MongoDB itself once they no longer count (the embedded server ignores
     * the index: there they stay, and are read as expired).
     */
    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("expiresAt", Sort.Direction.ASC)
                .expire(Duration.ZERO).named("forget_failures"));
    }

    /** How an attempt ended. */
    enum Result { SUCCEEDED, FAILED, ABANDONED }

    /**
     * An attempt to sign in: allowed to go ahead when {@code retryAfter} is zero, and then {@link #finish}
     * must follow; otherwise to be answered with {@code retryAfter}, and nothing more to do.
     */
    record Attempt(String email, String address, Duration retryAfter) {

        boolean allowed() {
            return retryAfter.isZero();
        }
    }

    /**
     * Starts an attempt. One attempt at a time goes ahead for an account from an address: the check
     * and the claim are one atomic update, so parallel guesses cannot all slip past before any of
     * them is counted; the others are told to come back in a second.
     */
    Attempt begin(String email, String address) {
        Instant now = clock.instant();
        String key = accountKey(email, address);
        Document claimed = mongo.findAndModify(query(where("_id").is(key)), new Update().inc(IN_FLIGHT, 1)
                        .setOnInsert("failures", 0).setOnInsert("expiresAt", Date.from(now.plus(properties.forgetAfter()))),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
        Date claimedAt = claimed.getDate(IN_FLIGHT_SINCE);
        boolean abandonedClaim = claimedAt != null && claimedAt.toInstant().plus(ABANDONED_AFTER).isBefore(now);
        if (claimed.getInteger(IN_FLIGHT) > 1 && !abandonedClaim) {
            release(key);
            return new Attempt(email, address, Duration.ofSeconds(1));
        }
        Update claim = new Update().set(IN_FLIGHT_SINCE, Date.from(now));
        if (abandonedClaim) {
            claim.set(IN_FLIGHT, 1); // the stopped process's claim is over; this one is the only one
        }
        mongo.updateFirst(query(where("_id").is(key)), claim, COLLECTION);
        Duration account = remaining(claimed, now, this::accountWait);
        Duration overall = remaining(mongo.findById(addressKey(address), Document.class, COLLECTION), now, this::addressWait);
        Duration wait = account.compareTo(overall) >= 0 ? account : overall;
        if (!wait.isZero()) {
            release(key);
        }
        return new Attempt(email, address, wait);
    }

    /** Ends an attempt that went ahead: a success starts the count for the account and address again. */
    void finish(Attempt attempt, Result result) {
        String key = accountKey(attempt.email(), attempt.address());
        switch (result) {
            case SUCCEEDED -> mongo.remove(query(where("_id").is(key)), COLLECTION);
            case FAILED -> {
                count(key, true);
                count(addressKey(attempt.address()), false);
            }
            case ABANDONED -> release(key);
        }
    }

    private void release(String key) {
        mongo.updateFirst(query(where("_id").is(key)), new Update().inc(IN_FLIGHT, -1), COLLECTION);
    }

    /** The wait after {@code failures} failures for one account from one address. */
    Duration accountWait(int failures) {
        int beyond = failures - properties.freeFailures();
        if (beyond < 0) {
            return Duration.ZERO;
        }
        // Doubling from the first wait, capped; the exponent is bounded so the shift never overflows.
        long seconds = properties.firstWait().toSeconds() << Math.min(beyond, 30);
        return Duration.ofSeconds(Math.min(seconds, properties.longestWait().toSeconds()));
    }

    /** The wait after {@code failures} failures from one address over every account: the first wait more each. */
    Duration addressWait(int failures) {
        int beyond = failures - properties.addressFreeFailures();
        return beyond < 0 ? Duration.ZERO : Duration.ofSeconds(Math.min((beyond + 1L) * properties.firstWait().toSeconds(),
                properties.longestAddressWait().toSeconds()));
    }

    private static Duration remaining(Document counted, Instant now, IntFunction<Duration> waitAfter) {
        if (counted == null || counted.getDate("lastFailureAt") == null
                || !counted.getDate("expiresAt").toInstant().isAfter(now)) {
            return Duration.ZERO;
        }
        Instant allowedAt = counted.getDate("lastFailureAt").toInstant().plus(waitAfter.apply(counted.getInteger("failures")));
        return allowedAt.isAfter(now) ? roundedUp(Duration.between(now, allowedAt)) : Duration.ZERO;
    }

    /** Counts a failure; for the account's own count, also ends the attempt's claim in the same update. */
    private void count(String key, boolean endsClaim) {
        Instant now = clock.instant();
        Update failed = new Update().inc("failures", 1).set("lastFailureAt", Date.from(now))
                .set("expiresAt", Date.from(now.plus(properties.forgetAfter())));
        if (endsClaim) {
            failed.inc(IN_FLIGHT, -1);
        }
        Document before = mongo.findAndModify(query(where("_id").is(key)), failed,
                FindAndModifyOptions.options().upsert(true).returnNew(false), Document.class, COLLECTION);
        if (before != null && before.getDate("lastFailureAt") != null
                && !before.getDate("expiresAt").toInstant().isAfter(now)) {
            // The earlier failures had been forgotten: this one counts from one.
            mongo.updateFirst(query(where("_id").is(key)), new Update().set("failures", 1), COLLECTION);
        }
    }

    private static Duration roundedUp(Duration wait) {
        return Duration.ofSeconds(wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }

    private static String accountKey(String email, String address) {
        return "account:" + Sha256.hex(email.strip().toLowerCase(Locale.ROOT)) + "@" + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

}
