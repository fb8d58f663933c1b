package org.carefeed.platform.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sizing of the topics a service produces, which it creates at start-up if they are missing.
 *
 * @param partitions partitions per topic; records are keyed by provider, so this bounds consumer parallelism
 * @param replicas   copies of each partition; 3 on a production cluster
 */
@ConfigurationProperties("carefeed.topics")
public record TopicProperties(@DefaultValue("3") int partitions, @DefaultValue("1") int replicas) {
}
