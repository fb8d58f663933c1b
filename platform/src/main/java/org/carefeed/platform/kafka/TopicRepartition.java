package org.carefeed.platform.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Gives a topic another partition count without breaking what the partitions guarantee: every record,
 * tombstones, headers and timestamps included, is copied to a topic with the new count and then back
 * into the topic, recreated with it, so each key lands on the partition the new count gives it, after
 * its earlier records, as if it had always had that count. Adding partitions in place would leave a
 * key's old records where they were and send its new ones elsewhere.
 *
 * <p>Run only with every service stopped: nothing may write the topic, and the consumer groups' offsets
 * on it are deleted, so their next start reads it again from the beginning, which the services'
 * projections are built to take (each record is applied by its revision, so reading it again changes
 * nothing). A group with members still connected stops it before anything is changed.
 */
public final class TopicRepartition {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final String COPY_SUFFIX = ".repartition";

    private final Map<String, Object> clientConfig;
    private final Consumer<String> progress;

    /** @param progress told what is being done, a line at a time */
    public TopicRepartition(String bootstrapServers, Consumer<String> progress) {
        this.clientConfig = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.progress = progress;
    }

    /** Why the repartition cannot go ahead; nothing has been changed. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * Gives each topic {@code partitions} partitions; a topic that has them already is left alone. A run
     * interrupted part way is taken up where it stopped (see {@link #repartition(Admin, String, int, List)}).
     *
     * @return how many records each changed topic holds now, by topic
     */
    public Map<String, Long> repartition(Collection<String> topics, int partitions) throws Exception {
        Map<String, Long> copied = new HashMap<>();
        try (Admin admin = Admin.create(clientConfig)) {
            Set<String> existing = admin.listTopics().names().get();
            List<String> toChange = new ArrayList<>();
            for (String topic : topics) {
                if (!existing.contains(topic) && !existing.contains(topic + COPY_SUFFIX)) {
                    throw new Refused("There is no topic " + topic);
                }
                if (existing.contains(topic + COPY_SUFFIX) || partitionsOf(admin, topic) != partitions) {
                    toChange.add(topic);
                } else {
                    progress.accept(topic + " already has " + partitions + " partitions");
                }
            }
            Map<String, List<String>> groups = groupsReading(admin, toChange);
            for (String topic : toChange) {
                copied.put(topic, repartition(admin, topic, partitions, groups.getOrDefault(topic, List.of())));
            }
        }
        return copied;
    }

    /**
     * Copies the topic out to {@code <topic>.repartition}, recreates it with the new count and copies it
     * back. Found after a crash: the copy without the topic (it was deleted), or beside the topic recreated
     * and still empty, is copied back; beside the topic still as it was, it is made again from the start.
     */
    private long repartition(Admin admin, String topic, int partitions, List<String> groups) throws Exception {
        String copy = topic + COPY_SUFFIX;
        Set<String> existing = admin.listTopics().names().get();
        boolean resume = existing.contains(copy) && (!existing.contains(topic)
                || partitionsOf(admin, topic) == partitions && isEmpty(admin, topic));
        if (existing.contains(copy) && existing.contains(topic) && !resume && partitionsOf(admin, topic) == partitions) {
            throw new Refused(topic + " was being copied back from " + copy + " when a run stopped: delete "
                    + topic + " (the copy holds every record) and run again to copy it back whole");
        }
        Map<String, String> settings = settingsOf(admin, resume ? copy : topic);
        short replicas = replicasOf(admin, resume ? copy : topic);
        if (!resume) {
            deleteIfPresent(admin, copy);
            create(admin, new NewTopic(copy, partitions, replicas).configs(settings));
            long out = copy(topic, copy);
            progress.accept(topic + ": " + out + " records copied to " + copy);
            admin.deleteTopics(List.of(topic)).all().get();
            awaitGone(admin, topic);
        }
        if (!admin.listTopics().names().get().contains(topic)) {
            create(admin, new NewTopic(topic, partitions, replicas).configs(settings));
        }
        long records = copy(copy, topic);
        admin.deleteTopics(List.of(copy)).all().get();
        for (String group : groups) {
            deleteOffsets(admin, group, topic);
        }
        progress.accept(topic + ": now " + partitions + " partitions, " + records + " records; groups "
                + groups + " read it again from the beginning");
        return records;
    }

    /** Every record of every partition of {@code from}, in order per partition, onto {@code to} by key. */
    private long copy(String from, String to) {
        long count = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig());
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig())) {
            List<TopicPartition> partitions = consumer.partitionsFor(from).stream()
                    .map(info -> new TopicPartition(from, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // The ends are asked again each round: on a busy broker they can lag what was written a moment
            // before (the copy just made), and a copy that stopped at a stale end would lose records.
            while (!unread(consumer, partitions).isEmpty()) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    // No partition given: the producer's partitioner places the key for the new count.
                    producer.send(new ProducerRecord<>(to, null, record.timestamp(), record.key(), record.value(),
                            record.headers()));
                    count++;
                }
            }
            producer.flush();
        }
        return count;
    }

    private static List<TopicPartition> unread(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        return partitions.stream().filter(partition -> consumer.position(partition) < ends.get(partition)).toList();
    }

    private Properties consumerConfig() {
        Properties config = new Properties();
        config.putAll(clientConfig);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return config;
    }

    /** Idempotent, so a retried send can neither duplicate nor reorder a key's records. */
    private Properties producerConfig() {
        Properties config = new Properties();
        config.putAll(clientConfig);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        return config;
    }

    private static int partitionsOf(Admin admin, String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
    }

    /** The topic's own settings (not the broker's defaults), for its copy and its new self. */
    private static Map<String, String> settingsOf(Admin admin, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
        Map<String, String> settings = new HashMap<>();
        for (ConfigEntry entry : config.entries()) {
            if (entry.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG) {
                settings.put(entry.name(), entry.value());
            }
        }
        return settings;
    }

    /**
     * The consumer groups with offsets on the topics, by topic; refuses if a group with members still
     * connected reads any of them, as a service still running would read the topic half copied.
     */
    private static Map<String, List<String>> groupsReading(Admin admin, List<String> topics) throws Exception {
        Map<String, List<String>> byTopic = new HashMap<>();
        List<String> groupIds = admin.listConsumerGroups().all().get().stream().map(ConsumerGroupListing::groupId)
                .toList();
        for (String group : groupIds) {
            Set<String> read = new HashSet<>();
            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().keySet()
                    .forEach(partition -> read.add(partition.topic()));
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
            description.members().forEach(member -> member.assignment().topicPartitions()
                    .forEach(partition -> read.add(partition.topic())));
            read.retainAll(topics);
            if (read.isEmpty()) {
                continue;
            }
            if (!description.members().isEmpty()) {
                throw new Refused("Consumer group " + group + " still has " + description.members().size()
                        + " members reading " + read + ": stop every instance of the services first");
            }
            read.forEach(topic -> byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(group));
        }
        return byTopic;
    }

    private static void deleteOffsets(Admin admin, String group, String topic) throws Exception {
        Set<TopicPartition> partitions = new HashSet<>();
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().keySet().stream()
                .filter(partition -> partition.topic().equals(topic)).forEach(partitions::add);
        if (!partitions.isEmpty()) {
            admin.deleteConsumerGroupOffsets(group, partitions).all().get();
        }
    }

    private static void create(Admin admin, NewTopic topic) throws Exception {
        admin.createTopics(List.of(topic)).all().get();
        // Metadata reaches the brokers a moment after creation; wait until every partition has a leader.
        while (!hasLeaders(admin, topic)) {
            Thread.sleep(100);
        }
    }

    private static boolean hasLeaders(Admin admin, NewTopic topic) throws Exception {
        try {
            var partitions = admin.describeTopics(List.of(topic.name())).allTopicNames().get().get(topic.name())
                    .partitions();
            return partitions.size() == topic.numPartitions() && partitions.stream().allMatch(p -> p.leader() != null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return false;
            }
            throw e;
        }
    }

    private static short replicasOf(Admin admin, String topic) throws Exception {
        return (short) admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().get(0)
                .replicas().size();
    }

    private static boolean isEmpty(Admin admin, String topic) throws Exception {
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().forEach(p -> {
            earliest.put(new TopicPartition(topic, p.partition()), OffsetSpec.earliest());
            latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest());
        });
        var starts = admin.listOffsets(earliest).all().get();
        var ends = admin.listOffsets(latest).all().get();
        return ends.entrySet().stream().allMatch(end -> end.getValue().offset() == starts.get(end.getKey()).offset());
    }

    private static void deleteIfPresent(Admin admin, String topic) throws Exception {
        if (admin.listTopics().names().get().contains(topic)) {
            admin.deleteTopics(List.of(topic)).all().get();
            awaitGone(admin, topic);
        }
    }

    /** Deletion completes in the background; a topic of the same name cannot be created before. */
    private static void awaitGone(Admin admin, String topic) throws Exception {
        while (admin.listTopics().names().get().contains(topic)) {
            Thread.sleep(100);
        }
    }
}
