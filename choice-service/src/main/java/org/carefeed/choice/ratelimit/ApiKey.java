package org.carefeed.choice.ratelimit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An API key as stored: never the key itself, only its SHA-256 hash, so a copy of the database lets no
 * one use a key.
 *
 * @param name      who it is for, as the administrator wrote it
 * @param contact   how to reach them (an email address, say), for when their use needs a word
 * @param revokedAt when it was revoked, or null while it is good
 */
@Document(ApiKey.COLLECTION)
record ApiKey(@Id String id, @Indexed(unique = true) String hash, String name, String contact, @Indexed Instant createdAt,
        Instant revokedAt) {

    static final String COLLECTION = "api_keys";
    static final String HASH = "hash";
    static final String REVOKED_AT = "revokedAt";
}
