package org.carefeed.platform.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service's Kafka listeners deal with records that fail.
 *
 * @param retries         attempts after the first before a record is dead-lettered
 * @param initialInterval pause before the first retry, doubled each time up to {@code maxInterval}
 * @param maxInterval     longest pause between two retries of a failing record
 * @param outageInterval  longest pause between retries while the database is unreachable
 * @param dltPartitions   partitions of the dead-letter topics the service creates
 * @param dltReplicas     replicas of the dead-letter topics; 3 on a production cluster
 * @param dltRetention    how long a dead letter is kept for an administrator to look at and replay
 *                        (the reviews' dead-letter topic is compacted instead, so erasure reaches it)
 */
@ConfigurationProperties("carefeed.consumer")
public record ConsumerProperties(
        @DefaultValue("4") int retries,
        @DefaultValue("500ms") Duration initialInterval,
        @DefaultValue("5s") Duration maxInterval,
        @DefaultValue("30s") Duration outageInterval,
        @DefaultValue("1") int dltPartitions,
        @DefaultValue("1") int dltReplicas,
        @DefaultValue("30d") Duration dltRetention) {
}
