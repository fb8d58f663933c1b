package org.carefeed.platform.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sizing of the topics a service produces, which it creates at start-up if they are missing.
 *
 * @param partitions partitions per topic; records are keyed by provider, so this bounds consumer parallelism
 * @param replicas   copies of each partition; 3 on a production cluster
 * @param erasureLag the longest a record of an erased review may stay on the compacted reviews topics
 *                   after its tombstone, give or take the log cleaner's back-off: their segments roll and
 *                   become compactable within it ({@code segment.ms}, {@code max.compaction.lag.ms})
 * @param tombstoneRetention how long a tombstone stays readable ({@code delete.retention.ms}) before
 *                   compaction drops it too: longer than any consumer may be stopped, or a consumer
 *                   back after it would never hear of the erasure
 */
@ConfigurationProperties("carefeed.topics")
public record TopicProperties(@DefaultValue("6") int partitions, @DefaultValue("1") int replicas,
        @DefaultValue("12h") Duration erasureLag, @DefaultValue("7d") Duration tombstoneRetention) {
}
