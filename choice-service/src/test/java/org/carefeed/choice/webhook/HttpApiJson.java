package org.carefeed.choice.webhook;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a delivery's body as the receiver would. */
final class HttpApiJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HttpApiJson() {
    }

    static JsonNode parse(String body) {
        return JSON.readTree(body);
    }
}
