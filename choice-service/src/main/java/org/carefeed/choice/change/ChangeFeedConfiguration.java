package org.carefeed.choice.change;

import org.apache.kafka.clients.admin.NewTopic;
import org.carefeed.platform.kafka.ConsumerProperties;
import org.carefeed.platform.kafka.TopicProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/** The changes topic and the listener container its recorder runs in. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChangeFeedProperties.class)
class ChangeFeedConfiguration {

    static final String RECORDER_FACTORY = "changeRecorderContainerFactory";

    @Bean
    NewTopic changesTopic(TopicProperties topics, ChangeFeedProperties changes) {
        return ChangeNotices.topic(topics.replicas(), changes.retention());
    }

    /**
     * Like every other listener's, except that a notice is never parked on a dead-letter topic: its
     * position would be missing from the feed. The only thing recording can wait for is MongoDB, so
     * it is retried until it succeeds.
     */
    @Bean(RECORDER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> changeRecorderContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
            ConsumerProperties properties) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        ExponentialBackOff untilRecorded = new ExponentialBackOff(properties.initialInterval().toMillis(), 2.0);
        untilRecorded.setMaxInterval(properties.outageInterval().toMillis());
        factory.setCommonErrorHandler(new DefaultErrorHandler(untilRecorded));
        return factory;
    }
}
