package org.carefeed.choice.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How webhooks are delivered and who may receive them.
 *
 * @param allowPrivateTargets    lets callbacks be plain http and reach loopback and private (RFC 1918,
 *                               fc00::/7) addresses: for the local stack and tests only, never in
 *                               production. Link-local (cloud metadata), unspecified and multicast
 *                               addresses stay refused even then.
 * @param deliver                whether this process delivers at all (off for the import command)
 * @param connectTimeout         how long to wait for a receiver's connection
 * @param readTimeout            how long to wait for a receiver's answer once connected
 * @param initialBackOff         the longest first wait before a retry; each retry may wait up to twice
 *                               as long as the one before, a random time from nothing to that (full jitter)
 * @param maxBackOff             the longest any wait between attempts may be
 * @param retryFor               how long a delivery is retried from its first failure before it is given up
 * @param pauseAfterFailures     a subscription is paused once this many attempts in a row have failed...
 * @param pauseAfterFailingFor   ...over at least this long, so a short outage never pauses it
 * @param pollInterval           how often the worker looks for due deliveries
 * @param workers                attempts in flight at once in this process, over all subscriptions
 * @param perSubscriptionLimit   attempts in flight at once in this process for one subscription, so one
 *                               slow receiver can take at most this many of the workers
 * @param lease                  how long a claimed delivery is held by the process that claimed it; if
 *                               that process dies, the delivery is due again once the lease ends
 * @param keepDeliveriesFor      how long a delivery and its attempts are kept (and a redelivered event
 *                               recognised); after that MongoDB removes them
 * @param secretEncryptionKey    32 random bytes, base64: signing secrets are stored sealed with it
 *                               (AES-256-GCM); without one they are stored as issued
 */
@ConfigurationProperties("carefeed.webhooks")
public record WebhookProperties(boolean allowPrivateTargets, Boolean deliver, Duration connectTimeout,
        Duration readTimeout, Duration initialBackOff, Duration maxBackOff, Duration retryFor,
        Integer pauseAfterFailures, Duration pauseAfterFailingFor, Duration pollInterval, Integer workers,
        Integer perSubscriptionLimit, Duration lease, Duration keepDeliveriesFor, String secretEncryptionKey) {

    public WebhookProperties {
        deliver = deliver == null || deliver;
        connectTimeout = orElse(connectTimeout, Duration.ofSeconds(5));
        readTimeout = orElse(readTimeout, Duration.ofSeconds(10));
        initialBackOff = orElse(initialBackOff, Duration.ofSeconds(30));
        maxBackOff = orElse(maxBackOff, Duration.ofHours(2));
        retryFor = orElse(retryFor, Duration.ofHours(24));
        pauseAfterFailures = pauseAfterFailures == null ? 20 : pauseAfterFailures;
        pauseAfterFailingFor = orElse(pauseAfterFailingFor, Duration.ofHours(6));
        pollInterval = orElse(pollInterval, Duration.ofSeconds(1));
        workers = workers == null ? 16 : workers;
        perSubscriptionLimit = perSubscriptionLimit == null ? 2 : perSubscriptionLimit;
        lease = orElse(lease, connectTimeout.plus(readTimeout).multipliedBy(3));
        keepDeliveriesFor = orElse(keepDeliveriesFor, Duration.ofDays(30));
        if (workers < 1 || perSubscriptionLimit < 1 || pauseAfterFailures < 1) {
            throw new IllegalArgumentException("carefeed.webhooks: workers, per-subscription-limit and "
                    + "pause-after-failures must be at least 1");
        }
        if (lease.compareTo(connectTimeout.plus(readTimeout)) <= 0) {
            throw new IllegalArgumentException("carefeed.webhooks.lease must be longer than connect-timeout "
                    + "plus read-timeout, or a slow attempt could be claimed a second time while it runs");
        }
    }

    private static Duration orElse(Duration value, Duration otherwise) {
        return value == null ? otherwise : value;
    }
}
