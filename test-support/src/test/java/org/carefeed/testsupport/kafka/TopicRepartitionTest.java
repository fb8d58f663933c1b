package org.carefeed.testsupport.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.carefeed.platform.kafka.TopicRepartition;
import org.carefeed.testsupport.EmbeddedInfrastructure;
import org.junit.jupiter.api.Test;

/** Against the embedded broker: a keyed, compacted topic with tombstones and headers, from 3 to 6. */
class TopicRepartitionTest {

    private static final int KEYS = 60;
    private static final int RECORDS_PER_KEY = 5;

    private final String servers = EmbeddedInfrastructure.kafkaBootstrapServers();
    private final Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
    private final List<String> progress = new ArrayList<>();

    @Test
    void everyKeysRecordsMoveInOrderToThePartitionTheNewCountGivesIt() throws Exception {
        String topic = compactedTopicWithThreePartitions();
        long timestamp = 1_700_000_000_000L;
        publishKeyedRecords(topic, timestamp);
        String group = "reader-" + UUID.randomUUID();
        readAndCommit(topic, group);

        Map<String, Long> copied = new TopicRepartition(servers, progress::add).repartition(List.of(topic), 6);

        assertThat(copied).containsEntry(topic, (long) KEYS * (RECORDS_PER_KEY + 1));
        try (Admin admin = Admin.create(config)) {
            assertThat(admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()).hasSize(6);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            assertThat(admin.describeConfigs(List.of(resource)).all().get().get(resource)
                    .get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
            assertThat(admin.listTopics().names().get()).doesNotContain(topic + ".repartition");
            assertThat(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get())
                    .as("the group reads the topic again from the beginning").isEmpty();
        }
        Map<String, List<ConsumerRecord<String, String>>> byKey = readAll(topic);
        assertThat(byKey).hasSize(KEYS);
        byKey.forEach((key, records) -> {
            assertThat(records).extracting(ConsumerRecord::value)
                    .containsExactly("v0", "v1", "v2", "v3", "v4", null);
            assertThat(records).allSatisfy(record -> {
                assertThat(record.partition()).isEqualTo(Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % 6);
                assertThat(record.timestamp()).isEqualTo(timestamp);
                assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                        .isEqualTo("test.event");
            });
        });
    }

    @Test
    void aRunInterruptedAfterTheTopicWasDeletedIsTakenUpFromTheCopy() throws Exception {
        String topic = "carefeed.repartition-test-" + UUID.randomUUID();
        // As a crash would leave it: every record copied out, the topic itself deleted.
        createCompacted(topic + ".repartition", 6);
        publishKeyedRecords(topic + ".repartition", 1_700_000_000_000L);

        Map<String, Long> copied = new TopicRepartition(servers, progress::add).repartition(List.of(topic), 6);

        assertThat(copied).containsEntry(topic, (long) KEYS * (RECORDS_PER_KEY + 1));
        assertThat(readAll(topic)).hasSize(KEYS).allSatisfy((key, records) -> assertThat(records)
                .extracting(ConsumerRecord::value).containsExactly("v0", "v1", "v2", "v3", "v4", null));
        try (Admin admin = Admin.create(config)) {
            assertThat(admin.listTopics().names().get()).doesNotContain(topic + ".repartition");
        }
    }

    @Test
    void aGroupStillReadingStopsItBeforeAnythingChanges() throws Exception {
        String topic = compactedTopicWithThreePartitions();
        publishKeyedRecords(topic, 1_700_000_000_000L);
        String group = "reader-" + UUID.randomUUID();
        try (KafkaConsumer<String, String> running = consumer(group)) {
            running.subscribe(List.of(topic));
            while (running.assignment().isEmpty()) {
                running.poll(Duration.ofMillis(100));
            }
            running.commitSync();

            assertThatThrownBy(() -> new TopicRepartition(servers, progress::add).repartition(List.of(topic), 6))
                    .isInstanceOf(TopicRepartition.Refused.class).hasMessageContaining(group);
        }
        try (Admin admin = Admin.create(config)) {
            assertThat(admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()).hasSize(3);
        }
    }

    private String compactedTopicWithThreePartitions() throws Exception {
        String topic = "carefeed.repartition-test-" + UUID.randomUUID();
        createCompacted(topic, 3);
        return topic;
    }

    private void createCompacted(String topic, int partitions) throws Exception {
        try (Admin admin = Admin.create(config)) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)))).all().get();
            // On a busy machine the new partitions get their leader a while later; records sent before
            // would wait for it, and could time out.
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> admin.describeTopics(List.of(topic))
                    .allTopicNames().get().get(topic).partitions().stream().allMatch(p -> p.leader() != null));
        }
    }

    /** Each key: five versions, then a tombstone, interleaved with the other keys' as a real topic is. */
    private void publishKeyedRecords(String topic, long timestamp) throws Exception {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        Properties producerConfig = new Properties();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
            for (int version = 0; version <= RECORDS_PER_KEY; version++) {
                for (int key = 0; key < KEYS; key++) {
                    RecordHeaders headers = new RecordHeaders();
                    headers.add("ce_type", "test.event".getBytes(StandardCharsets.UTF_8));
                    sent.add(producer.send(new ProducerRecord<>(topic, null, timestamp, "key-" + key,
                            version < RECORDS_PER_KEY ? "v" + version : null, headers)));
                }
            }
        }
        for (Future<RecordMetadata> send : sent) {
            send.get();
        }
    }

    private void readAndCommit(String topic, String group) {
        try (KafkaConsumer<String, String> reader = consumer(group)) {
            List<TopicPartition> partitions = reader.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            reader.assign(partitions);
            Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
            reader.endOffsets(partitions).forEach((partition, end) -> ends.put(partition, new OffsetAndMetadata(end)));
            reader.commitSync(ends);
        }
    }

    private Map<String, List<ConsumerRecord<String, String>>> readAll(String topic) {
        Map<String, List<ConsumerRecord<String, String>>> byKey = new LinkedHashMap<>();
        try (KafkaConsumer<String, String> reader = consumer("check-" + UUID.randomUUID())) {
            List<TopicPartition> partitions = reader.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = new HashMap<>(reader.endOffsets(partitions));
            ends.entrySet().removeIf(end -> reader.position(end.getKey()) >= end.getValue());
            while (!ends.isEmpty()) {
                for (ConsumerRecord<String, String> record : reader.poll(Duration.ofMillis(200))) {
                    byKey.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(record);
                }
                ends.entrySet().removeIf(end -> reader.position(end.getKey()) >= end.getValue());
            }
        }
        return byKey;
    }

    private KafkaConsumer<String, String> consumer(String group) {
        Properties consumerConfig = new Properties();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return new KafkaConsumer<>(consumerConfig);
    }
}
