package org.carefeed.choice.ratelimit;

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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Issues, lists, revokes and checks API keys. A check is remembered for
 * {@link RateLimitProperties#keyCacheTime()}, good or not, so a client sending a key costs a database
 * read at most that often; hence a key revoked on another instance is refused here within that time.
 */
@Component
class ApiKeys {

    /** Beyond this many remembered checks (a client trying key after key), the memory is cleared. */
    private static final int MAX_REMEMBERED = 10_000;
    private static final String PREFIX = "cf_";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final RateLimitProperties properties;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    ApiKeys(MongoTemplate mongo, Clock clock, RateLimitProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.properties = properties;
    }

    /** A key just issued: the only time the key itself is seen. */
    record Issued(String id, String key, String name, String contact, Instant createdAt) {
    }

    private record Checked(String keyId, Instant at) {
    }

    Issued issue(String name, String contact) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiKey stored = mongo.insert(new ApiKey(UUID.randomUUID().toString(), hash(key), name, contact,
                clock.instant(), null));
        return new Issued(stored.id(), key, stored.name(), stored.contact(), stored.createdAt());
    }

    /** Every key, revoked ones too, newest first; without secrets (there are none to give). */
    List<ApiKey> list() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "createdAt")), ApiKey.class);
    }

    /** @return false if there is no such key */
    boolean revoke(String id) {
        ApiKey key = mongo.findById(id, ApiKey.class);
        if (key == null) {
            return false;
        }
        // The first revocation's time stays.
        mongo.updateFirst(query(where("_id").is(id)).addCriteria(where(ApiKey.REVOKED_AT).is(null)),
                new Update().set(ApiKey.REVOKED_AT, clock.instant()), ApiKey.class);
        // This instance refuses it at once; the others when their memory of it runs out.
        checked.remove(key.hash());
        return true;
    }

    /** The id of the good key this is, or empty for a key unknown or revoked. */
    Optional<String> check(String key) {
        String hash = hash(key);
        Instant now = clock.instant();
        Checked remembered = checked.get(hash);
        if (remembered == null || remembered.at().plus(properties.keyCacheTime()).isBefore(now)) {
            ApiKey found = mongo.findOne(query(where(ApiKey.HASH).is(hash)), ApiKey.class);
            remembered = new Checked(found == null || found.revokedAt() != null ? null : found.id(), now);
            if (checked.size() >= MAX_REMEMBERED) {
                checked.clear();
            }
            checked.put(hash, remembered);
        }
        return Optional.ofNullable(remembered.keyId());
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
