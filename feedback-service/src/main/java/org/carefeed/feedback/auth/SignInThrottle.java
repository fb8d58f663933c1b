package org.carefeed.feedback.auth;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

import org.bson.Document;
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

    /** How long the attempt must wait before it is tried; empty if it may be tried now. */
    Optional<Duration> waitBeforeTrying(String email, String address) {
        Instant now = clock.instant();
        Duration account = remaining(accountKey(email, address), now, this::accountWait);
        Duration overall = remaining(addressKey(address), now, this::addressWait);
        Duration wait = account.compareTo(overall) >= 0 ? account : overall;
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    void failed(String email, String address) {
        count(accountKey(email, address));
        count(addressKey(address));
    }

    /** The right password from this address: its count for the account starts again. */
    void succeeded(String email, String address) {
        mongo.remove(query(where("_id").is(accountKey(email, address))), COLLECTION);
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

    /** The wait after {@code failures} failures from one address over every account: a second more each. */
    Duration addressWait(int failures) {
        int beyond = failures - properties.addressFreeFailures();
        return beyond < 0 ? Duration.ZERO
                : Duration.ofSeconds(Math.min(beyond + 1L, properties.longestAddressWait().toSeconds()));
    }

    private Duration remaining(String key, Instant now, IntFunction<Duration> waitAfter) {
        Document counted = mongo.findById(key, Document.class, COLLECTION);
        if (counted == null || !counted.getDate("expiresAt").toInstant().isAfter(now)) {
            return Duration.ZERO;
        }
        Instant allowedAt = counted.getDate("lastFailureAt").toInstant().plus(waitAfter.apply(counted.getInteger("failures")));
        return allowedAt.isAfter(now) ? roundedUp(Duration.between(now, allowedAt)) : Duration.ZERO;
    }

    private void count(String key) {
        Instant now = clock.instant();
        Document before = mongo.findAndModify(query(where("_id").is(key)), new Update().inc("failures", 1)
                        .set("lastFailureAt", Date.from(now))
                        .set("expiresAt", Date.from(now.plus(properties.forgetAfter()))),
                FindAndModifyOptions.options().upsert(true).returnNew(false), Document.class, COLLECTION);
        if (before != null && !before.getDate("expiresAt").toInstant().isAfter(now)) {
            // The earlier failures had been forgotten: this one counts from one.
            mongo.updateFirst(query(where("_id").is(key)), new Update().set("failures", 1), COLLECTION);
        }
    }

    private static Duration roundedUp(Duration wait) {
        return Duration.ofSeconds(wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }

    private static String accountKey(String email, String address) {
        return "account:" + sha256(email.strip().toLowerCase(Locale.ROOT)) + "@" + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
