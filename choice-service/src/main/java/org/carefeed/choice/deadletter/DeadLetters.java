package org.carefeed.choice.deadletter;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.carefeed.events.Topics;
import org.carefeed.platform.web.Conflict;
import org.carefeed.platform.web.NotFound;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Service;

/**
 * Reads the dead-letter topics of what this service consumes, and replays a parked record by handing
 * it, with its key, value and CloudEvents headers, to the listener of the topic it came from, in this
 * process: the listener's revision guards apply, and nothing is written back to a topic this service
 * does not own (a stale copy of a review written after its tombstone would outlive the compaction).
 */
@Service
class DeadLetters {

    /** The dead-letter topics this service owns: those of the topics it reads. */
    static final Set<String> TOPICS = Set.of(Topics.deadLetter(Topics.REVIEWS), Topics.deadLetter(Topics.REVIEW_OUTCOMES),
            Topics.deadLetter(Topics.COMPLAINTS), Topics.deadLetter(Topics.ACCOUNTS));
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);
    /** A review the read model has, but not as public: taken down or erased since it was parked. */
    private static final String REVIEWS = "reviews";

    private final KafkaConnectionDetails connection;
    private final List<Replayable> listeners;
    private final MongoTemplate mongo;

    DeadLetters(KafkaConnectionDetails connection, List<Replayable> listeners, MongoTemplate mongo) {
        this.connection = connection;
        this.listeners = listeners;
        this.mongo = mongo;
    }

    /** The records parked on {@code topic}, oldest first, at most {@code limit}. */
    List<DeadLetter> list(String topic, int limit) {
        List<DeadLetter> found = new ArrayList<>();
        read(requireOwned(topic), record -> {
            if (found.size() < limit) {
                found.add(describe(record));
            }
        });
        return found;
    }

    /**
     * Sends the parked record back to the topic it came from.
     *
     * @throws Conflict for a review taken down or erased since: its words must not come back
     */
    DeadLetter replay(String topic, int partition, long offset) {
        ConsumerRecord<String, String> record = find(requireOwned(topic), partition, offset);
        DeadLetter letter = describe(record);
        if (Topics.deadLetter(Topics.REVIEWS).equals(topic) && takenDown(record.key())) {
            throw new Conflict("offset", "This review has been taken down or erased since it was parked: it is never replayed.");
        }
        Replayable listener = listeners.stream().filter(candidate -> candidate.topic().equals(letter.originalTopic()))
                .findFirst().orElseThrow(() -> new Conflict("offset", "No listener here reads " + letter.originalTopic()));
        ConsumerRecord<String, String> again = new ConsumerRecord<>(letter.originalTopic(), record.partition(),
                record.offset(), record.key(), record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith(KafkaHeaders.PREFIX)) {
                again.headers().add(header);
            }
        }
        listener.on(again);
        return letter;
    }

    /**
     * Taken down or erased since it was parked. A review this service never applied is not: it was
     * parked before it could be; and had it been erased since, its tombstone would have erased the
     * parked copy too ({@code ReviewEventsListener} tombstones the dead-letter topic after the fact).
     */
    private boolean takenDown(String reviewId) {
        Document review = mongo.findOne(query(where("_id").is(reviewId)), Document.class, REVIEWS);
        return review != null && !"published".equals(review.getString("state"));
    }

    private static String requireOwned(String topic) {
        if (!TOPICS.contains(topic)) {
            throw new NotFound("There is no such dead-letter topic. This service has: " + String.join(", ", TOPICS.stream().sorted().toList()));
        }
        return topic;
    }

    private ConsumerRecord<String, String> find(String topic, int partition, long offset) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        read(topic, record -> {
            if (record.partition() == partition && record.offset() == offset) {
                found.add(record);
            }
        });
        return found.stream().findFirst()
                .orElseThrow(() -> new NotFound("There is no record at this partition and offset of " + topic + "."));
    }

    /** Every record of the topic, from the first still kept to the last, to {@code each}. */
    private void read(String topic, Consumer<ConsumerRecord<String, String>> each) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", connection.getBootstrapServers()),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false))) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(topic, READ_TIMEOUT)) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions, READ_TIMEOUT));
            Instant deadline = Instant.now().plus(READ_TIMEOUT);
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())
                    && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(each);
            }
        }
    }

    private static DeadLetter describe(ConsumerRecord<String, String> record) {
        return new DeadLetter(record.topic(), record.partition(), record.offset(), record.key(),
                Instant.ofEpochMilli(record.timestamp()),
                header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC, record.topic().replaceFirst("\\.DLT$", "")),
                header(record, KafkaHeaders.DLT_EXCEPTION_FQCN, null),
                header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE, null),
                record.value() == null ? -1 : record.value().getBytes(StandardCharsets.UTF_8).length);
    }

    private static String header(ConsumerRecord<String, String> record, String name, String otherwise) {
        Header header = record.headers().lastHeader(name);
        return header == null ? otherwise : new String(header.value(), StandardCharsets.UTF_8);
    }
}
