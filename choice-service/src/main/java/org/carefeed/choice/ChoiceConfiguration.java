package org.carefeed.choice;

import java.time.Clock;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.carefeed.events.EventCodec;
import org.carefeed.events.Topics;
import org.carefeed.platform.kafka.ConsumerProperties;
import org.carefeed.platform.kafka.ListenerErrorHandling;
import org.carefeed.platform.outbox.OutboxProperties;
import org.carefeed.platform.outbox.OutboxRelay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;

/** choice-service's topics, its clock and event source, and the relay that publishes provider events. */
@Configuration(proxyBeanMethods = false)
class ChoiceConfiguration {

    /** The CloudEvents source of the events this service produces (the provider directory). */
    static final String EVENT_SOURCE = "/carefeed/choice-service";

    /**
     * @param partitions partitions of the providers topic; records are keyed by provider
     * @param replicas   replicas of the providers topic; 3 on a production cluster
     */
    @ConfigurationProperties("carefeed.topics")
    record TopicProperties(@DefaultValue("3") int partitions, @DefaultValue("1") int replicas) {
    }

    @Bean
    EventCodec eventCodec() {
        return new EventCodec(EVENT_SOURCE);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Compacted: the latest event of each provider is kept for good, so the topic is the directory. */
    @Bean
    NewTopic providersTopic(TopicProperties topics) {
        return TopicBuilder.name(Topics.PROVIDERS).compact()
                .partitions(topics.partitions()).replicas(topics.replicas()).build();
    }

    /** Publishes the events stored with provider changes. */
    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties) {
        return new OutboxRelay(mongo, kafka, properties, List.of("providers"));
    }

    @Bean
    NewTopic reviewsDeadLetterTopic(ConsumerProperties properties) {
        return ListenerErrorHandling.deadLetterTopic(Topics.REVIEWS, properties);
    }
}
