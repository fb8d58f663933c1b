package org.carefeed.choice.change;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TimeoutException;
import org.carefeed.events.EncodedEvent;
import org.carefeed.platform.outbox.OutboxMessage;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Announces changes on the changes topic, after the write they follow has landed. Writers in a Kafka
 * listener announce before the listener returns, so a crash in between redelivers the record and the
 * change is announced then; writers whose documents have an outbox put the notice in it, with the write.
 */
@Component
public class ChangeNotices {

    /**
     * One partition, because its offsets are the change feed's positions and must be one order. Internal
     * to choice-service: what it carries is public anyway, but only through {@code /api/changes}.
     */
    public static final String TOPIC = "carefeed.changes.v1";

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaTemplate<String, String> kafka;

    ChangeNotices(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    /**
     * Kept as long as the change log keeps its positions: notices are a few bytes each, and the
     * {@code changes} collection can be rebuilt from the topic with the same positions.
     */
    static NewTopic topic(int replicas, Duration retention) {
        return TopicBuilder.name(TOPIC).partitions(1).replicas(replicas)
                .config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(retention.toMillis())).build();
    }

    /** Announces these changes and returns once Kafka has them all; throws if it does not take them. */
    public void announce(String kind, Collection<String> ids) {
        List<CompletableFuture<?>> sent = new ArrayList<>(ids.size());
        for (String id : ids) {
            ChangeNotice notice = new ChangeNotice(kind, id);
            sent.add(kafka.send(TOPIC, notice.key(), notice.key()));
        }
        for (CompletableFuture<?> answer : sent) {
            await(answer);
        }
    }

    public void announce(String kind, String id) {
        announce(kind, List.of(id));
    }

    /** The notice as an outbox entry, for a writer that stores it with the change it announces. */
    public static OutboxMessage outboxMessage(String kind, String id) {
        ChangeNotice notice = new ChangeNotice(kind, id);
        return OutboxMessage.of(UUID.randomUUID().toString(), new EncodedEvent(TOPIC, notice.key(), Map.of(), notice.key()));
    }

    /**
     * A notice Kafka did not take fails the caller as an outage (a retriable Kafka error), so a listener
     * waits for Kafka rather than parking its record: the write is done, only the notice is missing.
     */
    private static void await(CompletableFuture<?> answer) {
        try {
            answer.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new KafkaException("Kafka did not take a change notice in " + SEND_TIMEOUT,
                    new TimeoutException(e.getMessage()));
        } catch (ExecutionException e) {
            throw new KafkaException("Kafka did not take a change notice", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("Interrupted while announcing a change", new TimeoutException(e));
        }
    }
}
