package org.carefeed.choice.webhook;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event to deliver to one subscription. Its id is the pair, so an event read twice from Kafka (a
 * redelivery after a rebalance, a replay) is enqueued once. While an attempt runs, {@code dueAt} is the
 * end of its lease: should the process die, the delivery is simply due again then.
 *
 * @param state          {@value #PENDING} until it is {@value #DELIVERED} or {@value #FAILED} (given
 *                       up); {@value #HELD} while its subscription is not active
 * @param body           the JSON sent, the same on every attempt so its signature can be checked again
 * @param attempts       how many attempts were made
 * @param retryingSince  when its first attempt failed; retries stop {@code retry-for} after it
 * @param leaseId        the claim of the attempt under way, so a late finish of an expired claim changes nothing
 */
@Document(Delivery.COLLECTION)
// The worker's claim: pending deliveries, soonest due first, but those of subscriptions busy here.
@CompoundIndex(name = "due", def = "{'state': 1, 'dueAt': 1, 'subscriptionId': 1}")
// Holding and releasing one subscription's pending deliveries, and its log.
@CompoundIndex(name = "of_subscription", def = "{'subscriptionId': 1, 'state': 1}")
record Delivery(
        @Id String id,
        String subscriptionId,
        String eventId,
        String kind,
        String body,
        String state,
        Instant dueAt,
        int attempts,
        Instant retryingSince,
        String leaseId,
        Instant createdAt,
        Instant deliveredAt) {

    static final String COLLECTION = "webhook_deliveries";

    static final String PENDING = "pending";
    static final String HELD = "held";
    static final String DELIVERED = "delivered";
    static final String FAILED = "failed";

    static final String SUBSCRIPTION_ID = "subscriptionId";
    static final String STATE = "state";
    static final String DUE_AT = "dueAt";
    static final String ATTEMPTS = "attempts";
    static final String RETRYING_SINCE = "retryingSince";
    static final String LEASE_ID = "leaseId";
    static final String CREATED_AT = "createdAt";
    static final String DELIVERED_AT = "deliveredAt";

    static String idOf(String subscriptionId, String eventId) {
        return subscriptionId + ":" + eventId;
    }
}
