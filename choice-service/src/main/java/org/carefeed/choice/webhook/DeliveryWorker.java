package org.carefeed.choice.webhook;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries from MongoDB. Each poll claims deliveries one at a time while this process has
 * a free worker, skipping subscriptions that already have {@code per-subscription-limit} attempts in
 * flight here, so one subscription's backlog or slow receiver never keeps another's deliveries
 * waiting. Any number of instances can run it: a claim is one atomic find-and-modify, and a claim
 * whose process died runs out and is taken up again.
 */
@Component
@ConditionalOnProperty(name = "carefeed.webhooks.deliver", havingValue = "true", matchIfMissing = true)
class DeliveryWorker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final Deliveries deliveries;
    private final Subscriptions subscriptions;
    private final TargetGuard guard;
    private final WebhookSender sender;
    private final WebhookProperties properties;
    private final WebhookMetrics metrics;
    private final Clock clock;

    private final ExecutorService workers;
    private final Semaphore free;
    private final ConcurrentHashMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    DeliveryWorker(Deliveries deliveries, Subscriptions subscriptions, TargetGuard guard, WebhookSender sender,
            WebhookProperties properties, WebhookMetrics metrics, Clock clock) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.guard = guard;
        this.sender = sender;
        this.properties = properties;
        this.metrics = metrics;
        this.clock = clock;
        AtomicInteger number = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(properties.workers(), runnable -> {
            Thread thread = new Thread(runnable, "webhook-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.free = new Semaphore(properties.workers());
    }

    @Scheduled(fixedDelayString = "${carefeed.webhooks.poll-interval:1s}")
    void poll() {
        while (free.tryAcquire()) {
            Optional<Deliveries.Claimed> claimed;
            try {
                claimed = deliveries.claim(busySubscriptions(), clock.instant().plus(properties.lease()));
            } catch (RuntimeException e) {
                free.release();
                log.warn("Could not claim a webhook delivery: {}", e.getMessage());
                return;
            }
            if (claimed.isEmpty()) {
                free.release();
                return;
            }
            Deliveries.Claimed delivery = claimed.get();
            String subscriptionId = delivery.delivery().subscriptionId();
            inFlight.computeIfAbsent(subscriptionId, id -> new AtomicInteger()).incrementAndGet();
            workers.execute(() -> {
                try {
                    attempt(delivery);
                } catch (RuntimeException e) {
                    // Its lease runs out and it is tried again.
                    log.warn("Webhook delivery {} failed unexpectedly: {}", delivery.delivery().id(), e.toString());
                } finally {
                    inFlight.computeIfPresent(subscriptionId, (id, count) -> count.decrementAndGet() <= 0 ? null : count);
                    free.release();
                }
            });
        }
    }

    private Set<String> busySubscriptions() {
        return inFlight.entrySet().stream().filter(entry -> entry.getValue().get() >= properties.perSubscriptionLimit())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private void attempt(Deliveries.Claimed claimed) {
        Delivery delivery = claimed.delivery();
        Optional<Subscription> subscription = subscriptions.find(delivery.subscriptionId());
        if (subscription.isEmpty() || !subscription.get().status().equals(Subscription.ACTIVE)) {
            // Deleted, paused or rejected since it was enqueued: held until resumed (or forgotten).
            deliveries.held(claimed);
            return;
        }
        Instant started = clock.instant();
        long startedNanos = System.nanoTime();
        WebhookSender.Result result;
        try {
            URI target = guard.check(subscription.get().url());
            result = sender.send(target, delivery, subscriptions.secretOf(subscription.get()));
        } catch (TargetGuard.Refused refused) {
            result = new WebhookSender.Result(null, "refused: the URL " + refused.getMessage());
        }
        if (Thread.currentThread().isInterrupted()) {
            // Shutting down: not the receiver's failure. The lease runs out and the delivery is tried again.
            return;
        }
        long millis = Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
        int attempt = delivery.attempts() + 1;
        if (result.delivered()) {
            if (deliveries.delivered(claimed)) {
                subscriptions.succeeded(delivery.subscriptionId());
                log(delivery, attempt, started, result, millis, "delivered", null);
            }
            return;
        }
        Instant retryingSince = delivery.retryingSince() == null ? started : delivery.retryingSince();
        Instant next = clock.instant().plus(BackOff.after(properties.initialBackOff(), properties.maxBackOff(), attempt));
        boolean givingUp = next.isAfter(retryingSince.plus(properties.retryFor()));
        boolean counted = givingUp ? deliveries.givenUp(claimed) : deliveries.retryAt(claimed, next, retryingSince);
        if (!counted) {
            return;
        }
        log(delivery, attempt, started, result, millis, givingUp ? "failed" : "retrying", givingUp ? null : next);
        if (subscriptions.failed(delivery.subscriptionId())) {
            deliveries.hold(delivery.subscriptionId());
            log.warn("Webhook subscription {} paused after failing for too long", delivery.subscriptionId());
        }
    }

    private void log(Delivery delivery, int attempt, Instant at, WebhookSender.Result result, long millis,
            String outcome, Instant next) {
        metrics.attempted(outcome);
        deliveries.log(new Attempt(UUID.randomUUID().toString(), delivery.subscriptionId(), delivery.id(),
                delivery.eventId(), delivery.kind(), attempt, at, result.statusCode(), result.error(), millis, outcome,
                next));
    }

    @Override
    public void destroy() throws InterruptedException {
        workers.shutdownNow();
        workers.awaitTermination(5, TimeUnit.SECONDS);
    }
}
