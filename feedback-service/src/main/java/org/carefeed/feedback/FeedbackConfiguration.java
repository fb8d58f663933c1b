package org.carefeed.feedback;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.carefeed.events.EventCodec;
import org.carefeed.events.Topics;
import org.carefeed.platform.kafka.CarefeedTopics;
import org.carefeed.platform.kafka.CompactionNudge;
import org.carefeed.platform.kafka.ConsumerProperties;
import org.carefeed.platform.kafka.ListenerErrorHandling;
import org.carefeed.platform.kafka.TopicProperties;
import org.carefeed.platform.outbox.OutboxProperties;
import org.carefeed.platform.outbox.OutboxRelay;
import org.carefeed.platform.web.ClientAddresses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/** The service's wiring: its clock, its event source name, its topics and its outbox relay. */
@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

    static final String EVENT_SOURCE = "/carefeed/feedback-service";


    /** Ticks in milliseconds, what MongoDB stores, so a time read back equals the time in the event sent. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    /** Validation that depends on today (a review's visit month) reads the service's clock. */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }

    @Bean
    EventCodec eventCodec() {
        return new EventCodec(EVENT_SOURCE);
    }

    /** The dead-letter topic too: this service writes the tombstones that erase a review's parked copies. */
    @Bean
    KafkaAdmin.NewTopics reviewTopics(TopicProperties topics) {
        return CarefeedTopics.reviewTopics(topics);
    }

    /** Rolls the compacted review topics' quiet partitions, so that erasure completes within the lag. */
    @Bean
    CompactionNudge compactionNudge(KafkaTemplate<String, String> kafka, TopicProperties topics) {
        return new CompactionNudge(kafka, topics, List.of(Topics.REVIEWS, Topics.deadLetter(Topics.REVIEWS)));
    }

    @Bean
    NewTopic complaintsTopic(TopicProperties topics) {
        return CarefeedTopics.complaints(topics);
    }

    /** Declared here too, so that the topic is compacted whichever service starts first. */
    @Bean
    NewTopic providersTopic(TopicProperties topics) {
        return CarefeedTopics.providers(topics);
    }

    @Bean
    NewTopic providersDeadLetterTopic(ConsumerProperties properties) {
        return ListenerErrorHandling.deadLetterTopic(Topics.PROVIDERS, properties);
    }

    /** Internal: choice-service learns from it whose tokens to accept. */
    @Bean
    NewTopic accountsTopic(TopicProperties topics) {
        return CarefeedTopics.accounts(topics);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties) {
        return new OutboxRelay(mongo, kafka, properties, List.of("reviews", "complaints", "accounts"));
    }

    /**
     * The client's address as the rate limits and the sign-in slow-down count it: read from the
     * forwarding headers only behind the proxies in {@code carefeed.trusted-proxies}, which choice-service's
     * rate limits believe too.
     */
    @Bean
    ClientAddresses clientAddresses(@Value("${carefeed.trusted-proxies:}") List<String> trustedProxies) {
        return new ClientAddresses(trustedProxies);
    }
}
