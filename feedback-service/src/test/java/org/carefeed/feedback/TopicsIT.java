package org.carefeed.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.carefeed.events.Topics;
import org.carefeed.platform.kafka.TopicProperties;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;

/** The topics the read models are rebuilt from keep every event, not the broker's default week. */
class TopicsIT extends IntegrationTest {

    @Autowired
    KafkaConnectionDetails kafka;

    @Autowired
    TopicProperties topics;

    @Test
    void complaintsAndReviewOutcomesAreKeptForGood() throws Exception {
        for (String topic : List.of(Topics.COMPLAINTS, Topics.REVIEW_OUTCOMES)) {
            Config config = configOf(topic);

            assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value()).as(topic).isEqualTo("-1");
            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).as(topic).isEqualTo("delete");
        }
    }

    /** A review's latest state is kept for good, and a tombstone erases the rest within the erasure lag. */
    @Test
    void reviewsAndTheirDeadLettersAreCompactedWithinTheErasureLag() throws Exception {
        for (String topic : List.of(Topics.REVIEWS, Topics.deadLetter(Topics.REVIEWS))) {
            Config config = configOf(topic);

            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).as(topic).isEqualTo("compact");
            assertThat(config.get(TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG).value()).as(topic)
                    .isEqualTo(String.valueOf(topics.erasureLag().toMillis()));
            assertThat(config.get(TopicConfig.SEGMENT_MS_CONFIG).value()).as(topic)
                    .isEqualTo(String.valueOf(topics.erasureLag().toMillis()));
        }
    }

    private Config configOf(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                String.join(",", kafka.getBootstrapServers())))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            return admin.describeConfigs(List.of(resource)).all().get().get(resource);
        }
    }
}
