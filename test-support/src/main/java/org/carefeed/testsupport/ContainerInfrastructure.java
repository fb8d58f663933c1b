package org.carefeed.testsupport;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Pinned MongoDB and Apache Kafka containers, connected through {@link ServiceConnection}. Only active
 * under {@code -Preal-infra}: without an image registry Testcontainers would otherwise spend minutes
 * trying to pull. Image names come from the build, so they are pinned in one place.
 */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnProperty(name = TestInfrastructure.PROPERTY, havingValue = "containers")
class ContainerInfrastructure {

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(2);

    @Bean
    @ServiceConnection
    MongoDBContainer mongoContainer() {
        return new MongoDBContainer(DockerImageName.parse(System.getProperty("carefeed.test.mongo-image", "mongo:8.0.17")))
                .withStartupTimeout(STARTUP_TIMEOUT);
    }

    @Bean
    @ServiceConnection
    KafkaContainer kafkaContainer() {
        return new KafkaContainer(DockerImageName.parse(System.getProperty("carefeed.test.kafka-image", "apache/kafka:4.1.1")))
                .withStartupTimeout(STARTUP_TIMEOUT);
    }
}
