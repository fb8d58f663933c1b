package org.carefeed.platform;

import java.time.Clock;
import java.util.List;

import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.carefeed.platform.json.StrictJsonInput;
import org.carefeed.platform.kafka.ConsumerProperties;
import org.carefeed.platform.kafka.KafkaHealthIndicator;
import org.carefeed.platform.kafka.ListenerErrorHandling;
import org.carefeed.platform.kafka.PartitionCountGuard;
import org.carefeed.platform.kafka.TopicProperties;
import org.carefeed.platform.metrics.MetricsProperties;
import org.carefeed.platform.migrations.Migration;
import org.carefeed.platform.migrations.MigrationRunner;
import org.carefeed.platform.outbox.OutboxBacklog;
import org.carefeed.platform.outbox.OutboxProperties;
import org.carefeed.platform.outbox.OutboxRelay;
import org.carefeed.platform.mongo.MongoPingHealthIndicator;
import org.carefeed.platform.web.HttpLimitsProperties;
import org.carefeed.platform.web.NoSniffFilter;
import org.carefeed.platform.web.ProblemDetailsAdvice;
import org.carefeed.platform.web.RequestBodyLimitFilter;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;

/**
 * Wires the shared edge into any Carefeed service that has this module on its classpath. Runs before
 * Spring MVC's auto-configuration, so that Boot does not add its own problem-details handler beside
 * ours, and before Boot's MongoDB health check, which ours replaces.
 */
@AutoConfiguration(
        after = {KafkaAutoConfiguration.class, MongoAutoConfiguration.class},
        before = {WebMvcAutoConfiguration.class, MongoHealthContributorAutoConfiguration.class})
@EnableConfigurationProperties({HttpLimitsProperties.class, OutboxProperties.class, ConsumerProperties.class,
        TopicProperties.class, MetricsProperties.class})
public class PlatformAutoConfiguration {

    private static final int PRODUCER_CLOSE_SECONDS = 3;

    /** Yes/no only as JSON true or false, numbers only as numbers, text only as strings. */
    @Bean
    StrictJsonInput strictJsonInput() {
        return new StrictJsonInput();
    }

    @Bean
    @ConditionalOnWebApplication
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    @ConditionalOnWebApplication
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(HttpLimitsProperties limits) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(limits.maxRequestBody().toBytes(), limits.uploadPaths()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    @ConditionalOnWebApplication
    FilterRegistrationBean<NoSniffFilter> noSniffFilter() {
        FilterRegistrationBean<NoSniffFilter> registration = new FilterRegistrationBean<>(new NoSniffFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean(name = "mongoHealthIndicator")
    @ConditionalOnBean(MongoClient.class)
    MongoPingHealthIndicator mongoHealthIndicator(MongoClient mongoClient) {
        return new MongoPingHealthIndicator(mongoClient);
    }

    /** Picked up by Boot's listener container factory for every listener of the service. */
    @Bean
    @ConditionalOnBean(KafkaOperations.class)
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler kafkaErrorHandler(KafkaOperations<?, ?> kafka, ConsumerProperties properties,
            MeterRegistry metrics) {
        return ListenerErrorHandling.errorHandler(kafka, properties, metrics);
    }

    /** The backlog of the service's outboxes, as gauges that query MongoDB at most once per interval. */
    @Bean
    @ConditionalOnBean(OutboxRelay.class)
    OutboxBacklog outboxBacklog(OutboxRelay relay, MongoTemplate mongo, MetricsProperties metrics) {
        return new OutboxBacklog(mongo, relay.collections(), metrics.queryInterval(), Clock.systemUTC());
    }

    /** Runs the service's migrations after start-up, once per database. */
    @Bean
    @ConditionalOnBean(Migration.class)
    MigrationRunner migrationRunner(MongoTemplate mongo, List<Migration> migrations, MeterRegistry metrics,
            MetricsProperties properties) {
        return new MigrationRunner(mongo, migrations, metrics, properties.queryInterval());
    }

    /**
     * A producer that cannot reach Kafka at shutdown gives up after a few seconds rather than the default
     * thirty: whatever it had not sent is still in an outbox, and is sent after the restart.
     */
    @Bean
    DefaultKafkaProducerFactoryCustomizer quickProducerClose() {
        return factory -> factory.setPhysicalCloseTimeout(PRODUCER_CLOSE_SECONDS);
    }

    @Bean(name = "kafkaHealthIndicator")
    @ConditionalOnBean(KafkaAdmin.class)
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
        return new KafkaHealthIndicator(kafkaAdmin.getConfigurationProperties());
    }

    /** Every KafkaAdmin keeps the partition count of topics that exist (see {@link PartitionCountGuard}). */
    @Bean
    static BeanPostProcessor partitionCountGuard() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof KafkaAdmin admin) {
                    admin.setCreateOrModifyTopic(new PartitionCountGuard(admin.getConfigurationProperties()));
                }
                return bean;
            }
        };
    }
}
