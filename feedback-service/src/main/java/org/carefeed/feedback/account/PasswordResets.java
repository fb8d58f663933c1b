package org.carefeed.feedback.account;

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
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * Single-use, expiring password reset links. Only a hash of each token is stored, as its id, so the
 * database alone cannot be used to reset anyone's password; taking one removes it in the same step,
 * so two uses at once cannot both succeed.
 */
@Component
class PasswordResets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    @Document("password_resets")
    record Stored(String id, String accountId, Instant expiresAt) {
    }

    /** A token to pass on to the account's owner, and when it stops working. */
    record Issued(String token, Instant expiresAt) {
    }

    private final MongoTemplate mongo;
    private final AccountProperties properties;
    private final Clock clock;

    PasswordResets(MongoTemplate mongo, AccountProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new link for the account; any earlier one stops working. */
    Issued issue(String accountId) {
        mongo.remove(query(where("accountId").is(accountId)), Stored.class);
        byte[] secret = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = clock.instant().plus(properties.resetLinkLifetime());
        mongo.insert(new Stored(hash(token), accountId, expiresAt));
        return new Issued(token, expiresAt);
    }

    /** The account the token was issued for, if it is known, unused and not expired; it cannot be used again. */
    Optional<String> take(String token) {
        Stored stored = mongo.findAndRemove(query(where("_id").is(hash(token))), Stored.class);
        return Optional.ofNullable(stored).filter(found -> found.expiresAt().isAfter(clock.instant()))
                .map(Stored::accountId);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
