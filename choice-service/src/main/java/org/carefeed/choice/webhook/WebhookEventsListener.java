package org.carefeed.choice.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carefeed.choice.directory.ProviderDirectory;
import org.carefeed.events.CarefeedEvent;
import org.carefeed.events.CloudEventHeaders;
import org.carefeed.events.EventCodec;
import org.carefeed.events.EventDecodingException;
import org.carefeed.events.ProviderClosed;
import org.carefeed.events.ProviderUpserted;
import org.carefeed.events.ReviewPublished;
import org.carefeed.events.ReviewTakenDown;
import org.carefeed.events.Topics;
import org.carefeed.platform.kafka.CloudEventRecords;
import org.carefeed.platform.kafka.ListenerFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the reviews and providers topics in a consumer group of its own, so webhooks never hold up the
 * read models, and enqueues a delivery of each event to every active subscription that wants it. Only
 * enqueues: sending is the {@link DeliveryWorker}'s, from MongoDB, so a slow receiver never holds up a
 * partition either. Records the projections cannot read are theirs to dead-letter; here they are skipped.
 */
@Component
class WebhookEventsListener {

    private static final Logger log = LoggerFactory.getLogger(WebhookEventsListener.class);

    private final EventCodec codec;
    private final ProviderDirectory directory;
    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final JsonMapper json;

    WebhookEventsListener(EventCodec codec, ProviderDirectory directory, Subscriptions subscriptions,
            Deliveries deliveries, JsonMapper json) {
        this.codec = codec;
        this.directory = directory;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.json = json;
    }

    /** The listener id is also its consumer group. */
    @KafkaListener(id = "choice-service.webhooks", topics = {Topics.REVIEWS, Topics.PROVIDERS})
    void on(ConsumerRecord<String, String> record) {
        List<Subscription> active = subscriptions.active();
        if (active.isEmpty()) {
            return;
        }
        try {
            read(record).ifPresent(event -> deliveries.enqueue(event, active.stream()
                    .filter(subscription -> subscription.filters().matches(event)).toList()));
        } catch (EventDecodingException e) {
            log.debug("Not delivering unreadable record {}-{}@{}: {}", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
        } catch (RuntimeException e) {
            if (ListenerFailures.isInfrastructureOutage(e)) {
                // Retried until MongoDB is back, holding the partition; never dead-lettered from here.
                throw e;
            }
            // A copy on the dead-letter topic would be replayed into the read models too: log it instead.
            log.warn("Could not enqueue webhook deliveries of {}-{}@{}", record.topic(), record.partition(),
                    record.offset(), e);
        }
    }

    private Optional<WebhookEvent> read(ConsumerRecord<String, String> record) {
        Map<String, String> headers = CloudEventRecords.headers(record);
        if (record.value() == null) {
            return ReviewTakenDown.read(record.key(), headers).map(this::removed);
        }
        String eventId = headers.get(CloudEventHeaders.ID);
        Optional<CarefeedEvent> decoded = codec.decode(CloudEventRecords.typeOf(record), record.value());
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        CarefeedEvent event = decoded.get();
        String id = eventId == null ? event.eventId().toString() : eventId;
        if (event instanceof ReviewPublished review) {
            // Its first public state was made when it was published; any later one is an update.
            String kind = review.occurredAt().equals(review.publishedAt()) ? WebhookEvent.REVIEW_PUBLISHED
                    : WebhookEvent.REVIEW_UPDATED;
            return Optional.of(placed(id, kind, review.providerId(), review.occurredAt(), record.value()));
        }
        if (event instanceof ProviderUpserted provider) {
            return Optional.of(new WebhookEvent(id, WebhookEvent.PROVIDER_UPSERTED, provider.providerId(),
                    provider.type(), provider.parentCode(), provider.occurredAt(), record.value()));
        }
        if (event instanceof ProviderClosed closed) {
            return Optional.of(placed(id, WebhookEvent.PROVIDER_CLOSED, closed.providerId(), closed.occurredAt(),
                    record.value()));
        }
        return Optional.empty();
    }

    /** A tombstone carries no words, and neither does its webhook: which review, and why it went. */
    private WebhookEvent removed(ReviewTakenDown tombstone) {
        ObjectNode data = json.createObjectNode();
        data.put("reviewId", tombstone.reviewId().toString());
        data.put("providerId", tombstone.providerId());
        data.put("revision", tombstone.revision());
        data.put("reason", tombstone.reason());
        data.put("occurredAt", tombstone.occurredAt().toString());
        return placed(tombstone.eventId().toString(), WebhookEvent.REVIEW_REMOVED, tombstone.providerId(),
                tombstone.occurredAt(), json.writeValueAsString(data));
    }

    private WebhookEvent placed(String eventId, String kind, String providerId, Instant at, String data) {
        ProviderDirectory.Placement placement = directory.placementOf(providerId).orElse(null);
        return new WebhookEvent(eventId, kind, providerId, placement == null ? null : placement.type(),
                placement == null ? null : placement.parentCode(), at, data);
    }
}
