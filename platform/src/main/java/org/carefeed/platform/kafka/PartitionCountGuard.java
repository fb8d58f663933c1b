package org.carefeed.platform.kafka;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the partition count of a topic that already exists, whatever the configuration now says.
 * {@code KafkaAdmin} would add partitions to match: that moves keys to other partitions, so a key's
 * later events could be read before its earlier ones, and a review's tombstone would land beside none of
 * the records it must erase on the compacted topics. A different count is reported instead, with the
 * way to change it (docs/deploy.md: new topics, rebuilt from the source). Missing topics are created
 * with the configured count as usual.
 */
public final class PartitionCountGuard implements Predicate<NewTopic> {

    private static final Logger log = LoggerFactory.getLogger(PartitionCountGuard.class);
    private static final long DESCRIBE_SECONDS = 30;

    private final Map<String, Object> adminConfig;

    public PartitionCountGuard(Map<String, Object> adminConfig) {
        this.adminConfig = adminConfig;
    }

    /** @return whether {@code KafkaAdmin} may create the topic or bring its settings up to date */
    @Override
    public boolean test(NewTopic wanted) {
        Integer existing = existingPartitions(wanted.name());
        if (existing == null || wanted.numPartitions() <= 0 || existing == wanted.numPartitions()) {
            return true;
        }
        log.warn("Topic {} has {} partitions and the configuration asks for {}: it keeps {}, as changing the count "
                        + "would move keys to other partitions. To change it, create new topics and rebuild them from "
                        + "the source (docs/deploy.md, Partitions).", wanted.name(), existing, wanted.numPartitions(),
                existing);
        return false;
    }

    /** @return the topic's partition count, or null if it does not exist or cannot be told */
    private Integer existingPartitions(String topic) {
        try (Admin admin = Admin.create(adminConfig)) {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(DESCRIBE_SECONDS, TimeUnit.SECONDS).get(topic);
            return description.partitions().size();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                log.warn("Could not read topic {} to check its partitions; KafkaAdmin decides", topic, e.getCause());
            }
            return null;
        } catch (TimeoutException e) {
            log.warn("Could not read topic {} to check its partitions within {} s; KafkaAdmin decides", topic,
                    DESCRIBE_SECONDS);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
