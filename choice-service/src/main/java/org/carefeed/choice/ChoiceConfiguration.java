package org.carefeed.choice;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.carefeed.choice.hours.StoredAsText;
import org.carefeed.events.EventCodec;
import org.carefeed.events.Topics;
import org.carefeed.platform.kafka.CarefeedTopics;
import org.carefeed.platform.kafka.ConsumerProperties;
import org.carefeed.platform.kafka.ListenerErrorHandling;
import org.carefeed.platform.kafka.TopicProperties;
import org.carefeed.platform.outbox.OutboxProperties;
import org.carefeed.platform.outbox.OutboxRelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/** choice-service's topics, its clock and event source, and the relay that publishes provider events. */
@Configuration(proxyBeanMethods = false)
class ChoiceConfiguration {

    /** The CloudEvents source of the events this service produces (the provider directory). */
    static final String EVENT_SOURCE = "/carefeed/choice-service";

    @Bean
    EventCodec eventCodec() {
        return new EventCodec(EVENT_SOURCE);
    }

    /** Ticks in milliseconds, what MongoDB stores, so a time read back equals the time it was given. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    /** Opening hours stored as text, the same whatever zone a process runs in. */
    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return new MongoCustomConversions(StoredAsText.converters());
    }

    @Bean
    NewTopic providersTopic(TopicProperties topics) {
        return CarefeedTopics.providers(topics);
    }

    /** Publishes the events stored with provider changes. */
    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties) {
        return new OutboxRelay(mongo, kafka, properties, List.of("providers"));
    }

    /**
     * Declared by its producer too: the same settings whichever service starts first. The reviews
     * dead-letter topic is compacted like the reviews topic, so a review's erasure reaches a copy parked there.
     */
    @Bean
    KafkaAdmin.NewTopics reviewTopics(TopicProperties topics) {
        return CarefeedTopics.reviewTopics(topics);
    }

    @Bean
    NewTopic reviewOutcomesDeadLetterTopic(ConsumerProperties properties) {
        return ListenerErrorHandling.deadLetterTopic(Topics.REVIEW_OUTCOMES, properties);
    }

    /**
     * Declared here as well as by its producer, with the same settings, so that whichever service starts
     * first creates it, and a broker that auto-creates topics never makes it with its own defaults.
     */
    @Bean
    NewTopic complaintsTopic(TopicProperties topics) {
        return CarefeedTopics.complaints(topics);
    }

    @Bean
    NewTopic complaintsDeadLetterTopic(ConsumerProperties properties) {
        return ListenerErrorHandling.deadLetterTopic(Topics.COMPLAINTS, properties);
    }

    /** Declared by its producer too; compacted, so every account's latest access is kept. */
    @Bean
    NewTopic accountsTopic(TopicProperties topics) {
        return CarefeedTopics.accounts(topics);
    }

    @Bean
    NewTopic accountsDeadLetterTopic(ConsumerProperties properties) {
        return ListenerErrorHandling.deadLetterTopic(Topics.ACCOUNTS, properties);
    }
}
