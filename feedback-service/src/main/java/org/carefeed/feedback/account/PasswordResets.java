package org.carefeed.feedback.account;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.carefeed.feedback.privatelink.PrivateLinkKey;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * Single-use, expiring password reset links. Only a hash of each token is stored, as its id, so the
 * database alone cannot be used to reset anyone's password; taking one removes it in the same step,
 * so two uses at once cannot both succeed.
 */
@Component
class PasswordResets {

    /** @param expiresAt MongoDB removes the link then (a TTL index); the retention purge does on the embedded server */
    @Document("password_resets")
    // A new link replaces the account's earlier ones.
    @CompoundIndex(name = "links_of_account", def = "{'accountId': 1}")
    record Stored(String id, String accountId, @Indexed(name = "expired_links", expireAfter = "0s") Instant expiresAt) {
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
        // As random and as long as a private link's secret, and kept the same way: only its hash.
        PrivateLinkKey key = PrivateLinkKey.generate();
        Instant expiresAt = clock.instant().plus(properties.resetLinkLifetime());
        mongo.insert(new Stored(key.hash(), accountId, expiresAt));
        return new Issued(key.secret(), expiresAt);
    }

    /** The account the token was issued for, if it is known, unused and not expired; it cannot be used again. */
    Optional<String> take(String token) {
        return PrivateLinkKey.hashOf(token)
                .map(hash -> mongo.findAndRemove(query(where("_id").is(hash)), Stored.class))
                .filter(found -> found.expiresAt().isAfter(clock.instant()))
                .map(Stored::accountId);
    }
}
