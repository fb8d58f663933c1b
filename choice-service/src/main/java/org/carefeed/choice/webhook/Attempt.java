package org.carefeed.choice.webhook;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One attempt at a delivery, as the subscriber's delivery log shows it.
 *
 * @param statusCode    the receiver's HTTP status, or null when there was none
 * @param error         why it failed without a status (timeout, refused address), or null
 * @param outcome       {@code delivered}, {@code retrying}, {@code failed} (given up) or {@code held}
 *                      (its subscription was paused)
 * @param nextAttemptAt when it will be tried again, or null
 */
@Document(Attempt.COLLECTION)
@CompoundIndex(name = "log_of_subscription", def = "{'subscriptionId': 1, 'at': -1, '_id': -1}")
record Attempt(@Id String id, String subscriptionId, String deliveryId, String eventId, String kind, int attempt,
        Instant at, Integer statusCode, String error, long durationMillis, String outcome, Instant nextAttemptAt) {

    static final String COLLECTION = "webhook_attempts";

    static final String SUBSCRIPTION_ID = "subscriptionId";
    static final String AT = "at";
}
