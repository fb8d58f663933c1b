package org.carefeed.testsupport.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.carefeed.platform.kafka.PartitionCountGuard;
import org.carefeed.testsupport.EmbeddedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.kafka.core.KafkaAdmin;

/** Against the embedded broker, through KafkaAdmin as the services use it at start-up. */
class PartitionCountGuardTest {

    private final Map<String, Object> config =
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.kafkaBootstrapServers());

    @Test
    void anExistingTopicKeepsItsPartitionsWhenTheConfigurationAsksForMore() throws Exception {
        String topic = existingTopicWithThreePartitions();

        declareAtStartUp(new NewTopic(topic, 6, (short) 1), true);

        assertThat(partitions(topic)).isEqualTo(3);
    }

    @Test
    void withoutTheGuardKafkaAdminWouldAddThem() throws Exception {
        String topic = existingTopicWithThreePartitions();

        declareAtStartUp(new NewTopic(topic, 6, (short) 1), false);

        assertThat(partitions(topic)).isEqualTo(6);
    }

    @Test
    void aMissingTopicIsCreatedWithTheConfiguredCount() throws Exception {
        String topic = "carefeed.guard-test-" + UUID.randomUUID();

        declareAtStartUp(new NewTopic(topic, 6, (short) 1), true);

        assertThat(partitions(topic)).isEqualTo(6);
    }

    private String existingTopicWithThreePartitions() throws Exception {
        String topic = "carefeed.guard-test-" + UUID.randomUUID();
        try (Admin admin = Admin.create(config)) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        return topic;
    }

    /** What a service's start-up does: KafkaAdmin declares the topics its context holds. */
    private void declareAtStartUp(NewTopic topic, boolean guarded) {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.registerBean("topic", NewTopic.class, () -> topic);
            context.refresh();
            KafkaAdmin kafkaAdmin = new KafkaAdmin(config);
            if (guarded) {
                kafkaAdmin.setCreateOrModifyTopic(new PartitionCountGuard(config));
            }
            kafkaAdmin.setApplicationContext(context);
            kafkaAdmin.initialize();
        }
    }

    private int partitions(String topic) throws Exception {
        try (Admin admin = Admin.create(config)) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        }
    }
}
