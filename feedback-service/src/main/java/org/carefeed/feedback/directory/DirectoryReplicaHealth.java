package org.carefeed.feedback.directory;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.carefeed.events.Topics;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Not ready until this service's copy of the directory has caught up with the providers topic as it
 * was when the service started: before that, every review of a provider not yet copied would be refused
 * as unknown (422). Part of the readiness group, so a load balancer sends no traffic until then; once
 * caught up it stays up, since later directory changes arrive one at a time.
 */
@Component("directoryReplica")
class DirectoryReplicaHealth implements HealthIndicator {

    static final String GROUP = "feedback-service.providers";
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(2);

    private final KafkaAdmin kafka;
    private volatile Map<TopicPartition, Long> endsAtStart;
    private volatile boolean caughtUp;

    DirectoryReplicaHealth(KafkaAdmin kafka) {
        this.kafka = kafka;
    }

    /** Where the topic ended when the service started: what the copy must reach to be ready. */
    @EventListener(ApplicationStartedEvent.class)
    void rememberWhereTheTopicEnds() {
        try (Admin admin = admin()) {
            endsAtStart = endOffsets(admin);
        } catch (Exception kafkaNotThereYet) {
            // Measured at the first health check instead.
        }
    }

    @Override
    public Health health() {
        if (caughtUp) {
            return Health.up().build();
        }
        try (Admin admin = admin()) {
            if (endsAtStart == null) {
                endsAtStart = endOffsets(admin);
            }
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata().get(KAFKA_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            caughtUp = caughtUp(endsAtStart, committed);
            return caughtUp ? Health.up().build()
                    : Health.outOfService().withDetail("reason", "copying the provider directory").build();
        } catch (Exception e) {
            return Health.down().withDetail("reason", "cannot tell how far the directory copy is").build();
        }
    }

    /** Every partition read to where it ended at start-up; an empty partition needs nothing. */
    static boolean caughtUp(Map<TopicPartition, Long> ends, Map<TopicPartition, OffsetAndMetadata> committed) {
        return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                || committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue());
    }

    private Admin admin() {
        Map<String, Object> config = new HashMap<>(kafka.getConfigurationProperties());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) KAFKA_TIMEOUT.toMillis());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) KAFKA_TIMEOUT.toMillis());
        return Admin.create(config);
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(List.of(Topics.PROVIDERS)).allTopicNames().get(KAFKA_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .get(Topics.PROVIDERS).partitions()
                .forEach(p -> latest.put(new TopicPartition(Topics.PROVIDERS, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get(KAFKA_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }
}
