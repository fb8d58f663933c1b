package org.carefeed.platform.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.carefeed.events.Topics;
import org.springframework.kafka.config.TopicBuilder;

/**
 * Topics whose settings matter, declared the same way by every service that touches them: whichever
 * service starts first creates the topic, and a broker that auto-creates topics must never create
 * one of these with its defaults.
 */
public final class CarefeedTopics {

    private CarefeedTopics() {
    }

    /**
     * Kept for good ({@code retention.ms=-1}): the read models are rebuilt by replaying it from the
     * start, and it is keyed by provider, so compaction could not keep each review's history.
     */
    public static NewTopic reviews(TopicProperties topics) {
        return keptForGood(Topics.REVIEWS, topics);
    }

    /** Kept for good, like {@link #reviews}: complaint figures are rebuilt from it. */
    public static NewTopic complaints(TopicProperties topics) {
        return keptForGood(Topics.COMPLAINTS, topics);
    }

    private static NewTopic keptForGood(String name, TopicProperties topics) {
        return TopicBuilder.name(name).config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .partitions(topics.partitions()).replicas(topics.replicas()).build();
    }

    /** Compacted: the latest event of each provider is kept for good, so the topic is the directory. */
    public static NewTopic providers(TopicProperties topics) {
        return TopicBuilder.name(Topics.PROVIDERS).compact()
                .partitions(topics.partitions()).replicas(topics.replicas()).build();
    }

    /**
     * Compacted: the latest access of every account is kept for good, so a service that checks tokens
     * rebuilds its list of accounts from the start of the topic.
     */
    public static NewTopic accounts(TopicProperties topics) {
        return TopicBuilder.name(Topics.ACCOUNTS).compact()
                .partitions(topics.partitions()).replicas(topics.replicas()).build();
    }
}
