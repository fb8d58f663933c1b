package org.carefeed.choice.deadletter;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A listener a dead letter of its topic can be handed back to. A replay goes through the listener's
 * own logic in this process, revision guards and all, rather than back onto a topic this service does
 * not own: a stale copy written after a review's tombstone would outlive the tombstone's compaction.
 */
public interface Replayable {

    /** The topic this listener reads. */
    String topic();

    /** Applies a record of {@link #topic()}, as the listener does when Kafka delivers it. */
    void on(ConsumerRecord<String, String> record);
}
