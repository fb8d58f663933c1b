package org.carefeed.platform.kafka;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Makes sure a tombstone's erasure completes even when nothing else is written after it. Kafka never
 * compacts a partition's active segment, and rolls it (after {@code segment.ms}) only when a record is
 * appended; on a quiet partition a withdrawn review's words would stay until the next review came.
 * So every half erasure lag this appends a tombstone for a key no review has to every partition of the
 * given compacted topics: it rolls any segment old enough, costs a few bytes, and is compacted away
 * itself. Several instances nudging is harmless.
 */
public class CompactionNudge implements SchedulingConfigurer {

    /** Not a review id, so readers of the reviews topic skip it. */
    public static final String KEY = "carefeed.compaction-nudge";
    private static final Logger log = LoggerFactory.getLogger(CompactionNudge.class);

    private final KafkaTemplate<String, String> kafka;
    private final List<String> topics;
    private final Duration interval;

    public CompactionNudge(KafkaTemplate<String, String> kafka, TopicProperties properties, List<String> topics) {
        this.kafka = kafka;
        this.topics = List.copyOf(topics);
        this.interval = properties.erasureLag().dividedBy(2);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::nudge, interval);
    }

    public void nudge() {
        for (String topic : topics) {
            try {
                for (PartitionInfo partition : kafka.partitionsFor(topic)) {
                    kafka.send(new ProducerRecord<>(topic, partition.partition(), KEY, null));
                }
            } catch (RuntimeException e) {
                // Kafka is down: the next nudge, or the next real record, rolls the segment.
                log.debug("Could not nudge the compaction of {}: {}", topic, e.getMessage());
            }
        }
    }
}
