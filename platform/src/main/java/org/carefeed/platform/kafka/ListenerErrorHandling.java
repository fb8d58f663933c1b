package org.carefeed.platform.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.carefeed.events.EventDecodingException;
import org.carefeed.events.Topics;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * How every Carefeed listener fails: a record that fails is retried a bounded number of times with
 * growing pauses, then parked on {@code <topic>.DLT} so the partition moves on. A record that can never
 * be read goes to the dead-letter topic at once. While the database is unreachable, records are
 * retried until it is back, holding their partition, since they are not at fault.
 */
public final class ListenerErrorHandling {

    private ListenerErrorHandling() {
    }

    /** @param metrics counts the records parked, by the topic they came from ({@code carefeed.dead.letters}) */
    public static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> kafka, ConsumerProperties properties,
            MeterRegistry metrics) {
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(kafka,
                // Partition -1: let the producer pick by key, as the dead-letter topic may have fewer partitions.
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        ConsumerAwareRecordRecoverer deadLetters = (record, consumer, exception) -> {
            publisher.accept(record, consumer, exception);
            Counter.builder("carefeed.dead.letters").tag("topic", record.topic())
                    .description("Records parked on the dead-letter topic after failing, by the topic they came from")
                    .register(metrics).increment();
        };
        ExponentialBackOffWithMaxRetries bounded = new ExponentialBackOffWithMaxRetries(properties.retries());
        bounded.setInitialInterval(properties.initialInterval().toMillis());
        bounded.setMultiplier(2.0);
        bounded.setMaxInterval(properties.maxInterval().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, bounded);
        handler.addNotRetryableExceptions(EventDecodingException.class);
        ExponentialBackOff untilRecovered = new ExponentialBackOff(properties.initialInterval().toMillis(), 2.0);
        untilRecovered.setMaxInterval(properties.outageInterval().toMillis());
        // null: use the bounded back-off.
        handler.setBackOffFunction((record, failure) ->
                ListenerFailures.isInfrastructureOutage(failure) ? untilRecovered : null);
        return handler;
    }

    /** The dead-letter topic of a topic the service consumes; the consumer owns it. */
    public static NewTopic deadLetterTopic(String topic, ConsumerProperties properties) {
        return TopicBuilder.name(Topics.deadLetter(topic))
                .config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(properties.dltRetention().toMillis()))
                .partitions(properties.dltPartitions()).replicas(properties.dltReplicas()).build();
    }
}
