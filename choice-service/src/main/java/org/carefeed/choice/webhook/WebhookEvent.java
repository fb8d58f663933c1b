package org.carefeed.choice.webhook;

import java.time.Instant;

/**
 * An event as webhooks see it: what kind it is, which provider it is about and where that provider sits
 * in the directory (for the filters), and its data as it will be sent.
 *
 * @param eventId          the CloudEvents id of the record: the same on every redelivery, so receivers
 *                         can recognise one
 * @param providerType     the provider's type, or null when the directory does not know it
 * @param organisationCode the organisation the provider belongs to, or null
 * @param data             the event's data as JSON
 */
record WebhookEvent(String eventId, String kind, String providerId, String providerType, String organisationCode,
        Instant occurredAt, String data) {

    static final String REVIEW_PUBLISHED = "review.published";
    static final String REVIEW_UPDATED = "review.updated";
    static final String REVIEW_REMOVED = "review.removed";
    static final String PROVIDER_UPSERTED = "provider.upserted";
    static final String PROVIDER_CLOSED = "provider.closed";
}
