package org.carefeed.choice.webhook;

import java.time.Instant;
import java.util.List;

/**
 * A subscription as its subscriber and administrators see it; never its secret or token.
 *
 * @param statusReason        why it is paused or rejected, or null
 * @param consecutiveFailures failed attempts since its last successful one
 * @param deliveries          how many of its deliveries wait, are held while it is not active, or were given up
 */
record WebhookView(String id, String url, String status, String statusReason, Subscription.Filters filters,
        String description, Instant createdAt, Instant statusChangedAt, int consecutiveFailures,
        Instant failingSince, Backlog deliveries) {

    record Backlog(long pending, long held, long failed) {
    }

    static WebhookView of(Subscription s, Backlog backlog) {
        return new WebhookView(s.id(), s.url(), s.status(), s.statusReason(), s.filters(), s.description(),
                s.createdAt(), s.statusChangedAt(), s.consecutiveFailures(), s.failingSince(), backlog);
    }

    /**
     * What registering answers, the one time the secret and the management token are shown.
     *
     * @param secret          signs every delivery (see {@code Carefeed-Signature})
     * @param managementToken the bearer token to read, and delete, this subscription with
     */
    record Registered(String id, String status, String url, Subscription.Filters filters, String secret,
            String managementToken) {
    }

    /** One line of the delivery log. */
    record AttemptView(String eventId, String kind, int attempt, Instant at, Integer statusCode, String error,
            long durationMillis, String outcome, Instant nextAttemptAt) {

        static AttemptView of(Attempt a) {
            return new AttemptView(a.eventId(), a.kind(), a.attempt(), a.at(), a.statusCode(), a.error(),
                    a.durationMillis(), a.outcome(), a.nextAttemptAt());
        }
    }

    record Log(List<AttemptView> attempts) {
    }
}
