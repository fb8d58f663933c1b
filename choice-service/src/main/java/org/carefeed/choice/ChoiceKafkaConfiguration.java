package org.carefeed.choice;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.carefeed.events.EventCodec;
import org.carefeed.events.EventDecodingException;
import org.carefeed.events.Topics;
import org.carefeed.platform.outbox.OutboxProperties;
import org.carefeed.platform.outbox.OutboxRelay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * How choice-service consumes: a record that fails is retried a bounded number of times with growing
 * pauses, then parked on {@code <topic>.DLT} so the partition moves on. A record that can never be
 * read goes to the dead-letter topic at once. While the database is unreachable, records are retried
 * until it is back, holding their partition, since they are not at fault.
 */
@Configuration(proxyBeanMethods = false)
class ChoiceKafkaConfiguration {

    /** The CloudEvents source of events this service will produce (the provider directory). */
    static final String EVENT_SOURCE = "/carefeed/choice-service";

    /**
     * @param retries         attempts after the first before a record is dead-lettered
     * @param initialInterval pause before the first retry, doubled each time up to {@code maxInterval}
     * @param outageInterval  longest pause between retries while the database is unreachable
     * @param dltPartitions   partitions of the dead-letter topics this service creates
     * @param dltReplicas     replicas of the dead-letter topics; 3 on a production cluster
     */
    @ConfigurationProperties("carefeed.consumer")
    record ConsumerProperties(
            @DefaultValue("4") int retries,
            @DefaultValue("500ms") Duration initialInterval,
            @DefaultValue("5s") Duration maxInterval,
            @DefaultValue("30s") Duration outageInterval,
            @DefaultValue("1") int dltPartitions,
            @DefaultValue("1") int dltReplicas) {
    }

    @Bean
    EventCodec eventCodec() {
        return new EventCodec(EVENT_SOURCE);
    }

    /**
     * @param partitions partitions of the providers topic; records are keyed by provider
     * @param replicas   replicas of the providers topic; 3 on a production cluster
     */
    @ConfigurationProperties("carefeed.topics")
    record TopicProperties(@DefaultValue("3") int partitions, @DefaultValue("1") int replicas) {
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
        return TopicBuilder.name(Topics.deadLetter(Topics.REVIEWS))
                .partitions(properties.dltPartitions()).replicas(properties.dltReplicas()).build();
    }

    /** Picked up by Boot's listener container factory. */
    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaOperations<?, ?> kafka, ConsumerProperties properties) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                // Partition -1: let the producer pick by key, as the dead-letter topic may have fewer partitions.
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.retries());
        backOff.setInitialInterval(properties.initialInterval().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(properties.maxInterval().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, backOff);
        handler.addNotRetryableExceptions(EventDecodingException.class);
        ExponentialBackOff untilRecovered = new ExponentialBackOff(properties.initialInterval().toMillis(), 2.0);
        untilRecovered.setMaxInterval(properties.outageInterval().toMillis());
        // null: use the bounded back-off above.
        handler.setBackOffFunction((record, failure) ->
                ListenerFailures.isInfrastructureOutage(failure) ? untilRecovered : null);
        return handler;
    }
}
