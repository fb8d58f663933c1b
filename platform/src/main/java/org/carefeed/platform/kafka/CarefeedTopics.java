package org.carefeed.platform.kafka;

import org.apache.kafka.clients.admin.NewTopic;
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

    /** Compacted: the latest event of each provider is kept for good, so the topic is the directory. */
    public static NewTopic providers(TopicProperties topics) {
        return TopicBuilder.name(Topics.PROVIDERS).compact()
                .partitions(topics.partitions()).replicas(topics.replicas()).build();
    }
}
