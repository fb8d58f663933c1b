package org.carefeed.choice.webhook;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.carefeed.platform.metrics.MetricsProperties;
import org.carefeed.platform.metrics.QueriedGauges;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * How webhooks fare: attempts by outcome, and as gauges the deliveries waiting, how overdue the most
 * overdue is (it grows when the workers cannot keep up), and the subscriptions paused.
 */
@Component
class WebhookMetrics implements MeterBinder {

    static final String ATTEMPTS = "carefeed.webhooks.attempts";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration queryInterval;
    private volatile MeterRegistry registry;

    WebhookMetrics(MongoTemplate mongo, Clock clock, MetricsProperties metrics) {
        this.mongo = mongo;
        this.clock = clock;
        this.queryInterval = metrics.queryInterval();
    }

    private record Backlog(long pending, Instant soonestDue) {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        new QueriedGauges<>("the webhook deliveries", this::backlog, queryInterval)
                .gauge(registry, "carefeed.webhooks.pending", Tags.empty(), null,
                        "Webhook deliveries waiting to be delivered or retried", Backlog::pending)
                .gauge(registry, "carefeed.webhooks.overdue", Tags.empty(), "seconds",
                        "How long the delivery due soonest has been due; 0 when none is", backlog ->
                                backlog.soonestDue() == null ? 0
                                        : Math.max(0, Duration.between(backlog.soonestDue(), clock.instant()).toMillis() / 1000.0));
        Query paused = query(where(Subscription.STATUS).is(Subscription.PAUSED));
        new QueriedGauges<>("the paused webhook subscriptions", () -> mongo.count(paused, Subscription.class),
                queryInterval).gauge(registry, "carefeed.webhooks.paused", Tags.empty(), null,
                        "Webhook subscriptions paused, by an administrator or after failing too long", Long::doubleValue);
    }

    /** Counts one attempt: {@code delivered}, {@code retrying} or {@code failed}. */
    void attempted(String outcome) {
        MeterRegistry bound = registry;
        if (bound != null) {
            Counter.builder(ATTEMPTS).tag("outcome", outcome).description("Webhook delivery attempts, by outcome")
                    .register(bound).increment();
        }
    }

    private Backlog backlog() {
        Query pending = query(where(Delivery.STATE).is(Delivery.PENDING));
        long count = mongo.count(pending, Delivery.class);
        if (count == 0) {
            return new Backlog(0, null);
        }
        Query soonest = query(where(Delivery.STATE).is(Delivery.PENDING)).with(Sort.by(Delivery.DUE_AT)).limit(1);
        Delivery first = mongo.findOne(soonest, Delivery.class);
        return new Backlog(count, first == null ? null : first.dueAt());
    }
}
