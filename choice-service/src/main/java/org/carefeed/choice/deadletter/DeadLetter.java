package org.carefeed.choice.deadletter;

import java.time.Instant;

/**
 * A record parked on a dead-letter topic, as an administrator sees it: where it is, where it came from
 * and why it failed; not its value, which may hold a review's words.
 *
 * @param originalTopic  the topic it was read from, and will be replayed to
 * @param exception      the failure's class, as Spring Kafka recorded it
 * @param message        the failure's message
 * @param valueBytes     the size of its value; -1 for a tombstone
 */
record DeadLetter(String topic, int partition, long offset, String key, Instant parkedAt, String originalTopic,
        String exception, String message, int valueBytes) {
}
