package org.carefeed.feedback.review;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.carefeed.platform.metrics.MetricsProperties;
import org.carefeed.platform.metrics.QueriedGauges;
import org.springframework.stereotype.Component;

/**
 * The moderators' queue as gauges: how many reviews wait, and how long the one waiting longest has
 * waited. Read from MongoDB at most once per {@code carefeed.metrics.query-interval}.
 */
@Component
class ModerationQueueGauges implements MeterBinder {

    private final Moderation moderation;
    private final MetricsProperties properties;
    private final Clock clock;

    ModerationQueueGauges(Moderation moderation, MetricsProperties properties, Clock clock) {
        this.moderation = moderation;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        new QueriedGauges<>("the moderation queue", moderation::queueState, properties.queryInterval())
                .gauge(registry, "carefeed.moderation.queue.size", Tags.empty(), null,
                        "Reviews waiting for a moderator: new ones held by the checks, and reported ones",
                        Moderation.QueueState::length)
                .gauge(registry, "carefeed.moderation.queue.oldest.age", Tags.empty(), "seconds",
                        "How long the review waiting longest for a moderator has waited; 0 when none waits",
                        state -> state.oldestQueuedAt() == null ? 0
                                : Math.max(0, Duration.between(state.oldestQueuedAt(), clock.instant()).toMillis() / 1000.0));
    }
}
