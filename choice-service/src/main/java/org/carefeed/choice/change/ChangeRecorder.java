package org.carefeed.choice.change;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Copies each notice of the changes topic to the {@link ChangeLog} under its position: its offset plus
 * one, so that position 0 is "before everything" and a first request may ask for {@code since=0}. The topic has one
 * partition, so one instance at a time records, in offset order; a redelivery after a crash or a
 * rebalance writes the same documents again.
 *
 * <p>Offsets of a topic written without transactions follow one another with no gap, and this topic is
 * kept for good. Should a position ever be missing all the same (a notice deleted before it was
 * recorded, a transaction marker), it is recorded as lost, with an error in the log, rather than
 * holding every reader at it for ever.
 */
@Component
class ChangeRecorder implements ConsumerSeekAware {

    private static final Logger log = LoggerFactory.getLogger(ChangeRecorder.class);

    private final ChangeLog changes;
    /** The last position this instance recorded since it was given the partition; null until it knows. */
    private volatile Long lastRecorded;

    ChangeRecorder(ChangeLog changes) {
        this.changes = changes;
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        lastRecorded = null;
    }

    @KafkaListener(id = "choice-service.changes", topics = ChangeNotices.TOPIC,
            containerFactory = ChangeFeedConfiguration.RECORDER_FACTORY)
    void on(ConsumerRecord<String, String> record) {
        if (record.partition() != 0) {
            // Offsets of two partitions are two orders: the feed would give one position to two changes.
            throw new IllegalStateException(ChangeNotices.TOPIC + " must have exactly one partition; recreate it "
                    + "with one and replay (docs/deploy.md). Nothing more is recorded until then.");
        }
        Instant at = Instant.ofEpochMilli(record.timestamp());
        long position = record.offset() + 1;
        markLostBefore(position, at);
        ChangeNotice notice = ChangeNotice.ofKey(record.key());
        if (notice == null) {
            log.error("Change notice at position {} has a key that names nothing ({}); recorded as lost",
                    position, record.key());
            changes.recordLost(position, at);
        } else {
            changes.record(position, notice, at);
        }
        lastRecorded = position;
    }

    private void markLostBefore(long position, Instant at) {
        Long last = lastRecorded;
        if (last == null) {
            OptionalLong recorded = changes.last();
            if (recorded.isEmpty()) {
                // An empty log starts wherever the topic is read from; readers are told where it starts.
                return;
            }
            last = recorded.getAsLong();
        }
        for (long missing = last + 1; missing < position; missing++) {
            log.error("Position {} of the change feed never arrived; recorded as lost. Readers who mirror the "
                    + "data should take a fresh copy from the downloads.", missing);
            changes.recordLost(missing, at);
        }
    }
}
