package org.carefeed.platform.kafka;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the partition count of a topic that already exists, whatever the configuration now says.
 * {@code KafkaAdmin} would add partitions to match: that moves keys to other partitions, so a key's
 * later events could be read before its earlier ones, and a review's tombstone would land beside none of
 * the records it must erase on the compacted topics. A different count is reported instead, with the
 * way to change it (docs/deploy.md: new topics, rebuilt from the source). Missing topics are created
 * with the configured count as usual. Only topics named {@code carefeed.*} are looked at.
 */
public final class PartitionCountGuard implements Predicate<NewTopic> {

    private static final Logger log = LoggerFactory.getLogger(PartitionCountGuard.class);
    private static final long READ_SECONDS = 30;
    private static final String CAREFEED_PREFIX = "carefeed.";

    private final Map<String, Object> adminConfig;
    /** The partitions of every topic, read once per pass of KafkaAdmin over the topics it declares. */
    private Map<String, Integer> existing;
    private final Set<String> askedSinceRead = new HashSet<>();

    public PartitionCountGuard(Map<String, Object> adminConfig) {
        this.adminConfig = adminConfig;
    }

    /** @return whether {@code KafkaAdmin} may create the topic or bring its settings up to date */
    @Override
    public synchronized boolean test(NewTopic wanted) {
        // A topic asked about again means a new pass: the topics may have changed since.
        if (existing == null || !askedSinceRead.add(wanted.name())) {
            existing = readPartitionCounts();
            askedSinceRead.clear();
            askedSinceRead.add(wanted.name());
        }
        Integer count = existing.get(wanted.name());
        if (count == null || wanted.numPartitions() <= 0 || count == wanted.numPartitions()) {
            return true;
        }
        log.warn("Topic {} has {} partitions and the configuration asks for {}: it keeps {}, as changing the count "
                        + "would move keys to other partitions. To change it, create new topics and rebuild them from "
                        + "the source (docs/deploy.md, Partitions).", wanted.name(), count, wanted.numPartitions(),
                count);
        return false;
    }

    /** @return each topic's partition count; empty if they cannot be read, so KafkaAdmin decides as usual */
    private Map<String, Integer> readPartitionCounts() {
        try (Admin admin = Admin.create(adminConfig)) {
            // Only Carefeed's: a shared cluster may hold thousands of other topics.
            Set<String> names = admin.listTopics().names().get(READ_SECONDS, TimeUnit.SECONDS).stream()
                    .filter(name -> name.startsWith(CAREFEED_PREFIX)).collect(Collectors.toSet());
            Map<String, Integer> counts = new HashMap<>();
            admin.describeTopics(names).allTopicNames().get(READ_SECONDS, TimeUnit.SECONDS)
                    .forEach((name, description) -> counts.put(name, description.partitions().size()));
            return counts;
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Could not read the topics to check their partitions; KafkaAdmin decides", e);
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }
}
