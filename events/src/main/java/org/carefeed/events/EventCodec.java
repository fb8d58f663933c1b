package org.carefeed.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns events into their wire form and back. The wire form is the contract: JSON values described by
 * the schemas in this jar, CloudEvents attributes in headers, the provider's public identifier (a review's id for its public state) as key.
 *
 * <p>Reading is tolerant, as contracts grow by adding optional fields: unknown fields are ignored and
 * unknown event types are reported as empty rather than as errors, so an older consumer keeps
 * working when a producer starts sending something new.
 */
public final class EventCodec {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final String source;

    /** @param source the CloudEvents {@code source} of events this codec encodes, e.g. {@code /carefeed/feedback-service} */
    public EventCodec(String source) {
        this.source = source;
    }

    /** The CloudEvents {@code source} of what this codec encodes. */
    public String source() {
        return source;
    }

    public EncodedEvent encode(CarefeedEvent event) {
        EventType type = EventType.of(event);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.ID, event.eventId().toString());
        headers.put(CloudEventHeaders.SOURCE, source);
        headers.put(CloudEventHeaders.TYPE, type.typeName());
        headers.put(CloudEventHeaders.TIME, event.occurredAt().toString());
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return new EncodedEvent(type.topic(), event.recordKey(), headers, json.writeValueAsString(event));
    }

    /**
     * Reads a record's value as the event its {@code ce_type} header names.
     *
     * @return empty when the type is not one this version of Carefeed knows
     * @throws EventDecodingException when the type header is missing or the value does not fit the type
     */
    public Optional<CarefeedEvent> decode(String typeName, String value) {
        if (typeName == null || typeName.isBlank()) {
            throw new EventDecodingException("Record has no " + CloudEventHeaders.TYPE + " header");
        }
        Optional<EventType> type = EventType.fromTypeName(typeName);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        if (value == null) {
            throw new EventDecodingException("Record of type " + typeName + " has no value");
        }
        try {
            return Optional.of(json.readValue(value, type.get().recordType()));
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new EventDecodingException("Record is not a valid " + typeName + ": " + e.getMessage(), e);
        }
    }
}
