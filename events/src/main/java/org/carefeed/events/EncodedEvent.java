package org.carefeed.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An event as it goes on the wire: topic, record key, CloudEvents headers and JSON value.
 *
 * @param headers CloudEvents binary-mode headers, in the order they should be written
 */
public record EncodedEvent(String topic, String key, Map<String, String> headers, String value) {

    public EncodedEvent {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }
}
