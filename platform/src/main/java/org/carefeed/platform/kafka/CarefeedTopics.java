package org.carefeed.platform.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.carefeed.events.Topics;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Topics whose settings matter, declared the same way by every service that touches them: whichever
 * service starts first creates the topic, and a broker that auto-creates topics must never create
 * one of these with its defaults.
 */
public final class CarefeedTopics {

    private CarefeedTopics() {
    }

    /**
     * Compacted and keyed by review: a review's latest public state is kept for good, so the read models
     * are rebuilt by replaying it, and a tombstone erases every earlier record of a review within the
     * erasure lag. The active segment is never compacted, so segments roll after the lag
     * ({@code segment.ms}), and a roll happens only when something is appended, which is what
     * {@link CompactionNudge} sees to.
     */
    public static NewTopic reviews(TopicProperties topics) {
        return compactedForErasure(Topics.REVIEWS, topics);
    }

    /**
     * Where choice-service parks a review record it could not process: compacted like the reviews topic
     * and as many partitions, so feedback-service's tombstone for a review lands with the parked copy.
     */
    public static NewTopic reviewsDeadLetter(TopicProperties topics) {
        return compactedForErasure(Topics.deadLetter(Topics.REVIEWS), topics);
    }

    /** The review topics as both their writer and their reader declare them: with the same settings. */
    public static KafkaAdmin.NewTopics reviewTopics(TopicProperties topics) {
        return new KafkaAdmin.NewTopics(reviews(topics), reviewsDeadLetter(topics), reviewOutcomes(topics));
    }

    /** Kept for good and never compacted: the open counts of what happened to reviews. */
    public static NewTopic reviewOutcomes(TopicProperties topics) {
        return keptForGood(Topics.REVIEW_OUTCOMES, topics);
    }

    private static NewTopic compactedForErasure(String name, TopicProperties topics) {
        String lag = String.valueOf(topics.erasureLag().toMillis());
        return TopicBuilder.name(name).compact()
                .config(TopicConfig.SEGMENT_MS_CONFIG, lag)
                .config(TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG, lag)
                .config(TopicConfig.DELETE_RETENTION_MS_CONFIG, String.valueOf(topics.tombstoneRetention().toMillis()))
                .partitions(topics.partitions()).replicas(topics.replicas()).build();
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
