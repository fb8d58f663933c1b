package org.carefeed.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every kind of event on the wire: its logical CloudEvents type, the record it maps to, the topic it
 * travels on and its JSON Schema. The logical name, never a Java class name, is what goes in
 * {@code ce_type}, so consumers need none of the producer's packages.
 */
public enum EventType {

    REVIEW_PUBLISHED("org.carefeed.review.published.v1", ReviewPublished.class, Topics.REVIEWS),
    REVIEW_OUTCOME("org.carefeed.review.outcome.v1", ReviewOutcome.class, Topics.REVIEW_OUTCOMES),
    COMPLAINT_STATUS_CHANGED("org.carefeed.complaint.status-changed.v1", ComplaintStatusChanged.class,
            Topics.COMPLAINTS),
    ACCOUNT_ACCESS_CHANGED("org.carefeed.account.access-changed.v1", AccountAccessChanged.class, Topics.ACCOUNTS),
    PROVIDER_UPSERTED("org.carefeed.provider.upserted.v1", ProviderUpserted.class, Topics.PROVIDERS),
    PROVIDER_CLOSED("org.carefeed.provider.closed.v1", ProviderClosed.class, Topics.PROVIDERS);

    private final String typeName;
    private final Class<? extends CarefeedEvent> recordType;
    private final String topic;

    EventType(String typeName, Class<? extends CarefeedEvent> recordType, String topic) {
        this.typeName = typeName;
        this.recordType = recordType;
        this.topic = topic;
    }

    /** The CloudEvents {@code type}, such as {@code org.carefeed.review.published.v1}. */
    public String typeName() {
        return typeName;
    }

    public Class<? extends CarefeedEvent> recordType() {
        return recordType;
    }

    public String topic() {
        return topic;
    }

    /** Classpath location of this event's JSON Schema (draft 2020-12), shipped in this jar. */
    public String schemaResource() {
        return "/org/carefeed/events/schemas/" + typeName + ".schema.json";
    }

    public static Optional<EventType> fromTypeName(String typeName) {
        return Arrays.stream(values()).filter(type -> type.typeName.equals(typeName)).findFirst();
    }

    public static EventType of(CarefeedEvent event) {
        return Arrays.stream(values())
                .filter(type -> type.recordType.equals(event.getClass()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No event type for " + event.getClass()));
    }
}
