package org.carefeed.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox relay works.
 *
 * @param pollInterval pause between two catch-up passes over every outbox; events are otherwise
 *                     published as soon as they are saved
 * @param batchSize    most documents whose events are read and sent together
 * @param sendTimeout  how long to wait for Kafka to acknowledge one event before trying again later
 * @param relay        whether this process publishes pending events; off for one-off commands, so
 *                     the service's relay stays the only one
 */
@ConfigurationProperties("carefeed.outbox")
public record OutboxProperties(
        @DefaultValue("10s") Duration pollInterval,
        @DefaultValue("500") int batchSize,
        @DefaultValue("20s") Duration sendTimeout,
        @DefaultValue("true") boolean relay) {
}
