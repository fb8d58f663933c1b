package org.carefeed.choice.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.carefeed.events.CloudEventHeaders;
import org.carefeed.events.EventType;
import org.carefeed.events.ReviewTakenDown;
import org.carefeed.events.Topics;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the AsyncAPI document in step with the events jar: every public event type on its topic with its
 * schema, the CloudEvents headers as the codec writes them, and no internal topic or type. Whether the
 * document is valid AsyncAPI 3.0 is Spectral's job, in the build (choice-service/contracts).
 */
class AsyncApiDocumentTest {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Object> document = load();

    @Test
    void isAsyncApi3() {
        assertThat(document.get("asyncapi")).isEqualTo("3.0.0");
    }

    @Test
    void describesExactlyThePublicTopics() {
        Set<String> addresses = channels().values().stream().map(channel -> (String) channel.get("address"))
                .collect(Collectors.toSet());

        assertThat(addresses).containsExactlyInAnyOrderElementsOf(PublicTopics.TOPICS)
                .doesNotContain(Topics.COMPLAINTS, Topics.ACCOUNTS);
        channels().values().forEach(channel -> assertThat(map(map(channel, "bindings"), "kafka").get("topic"))
                .isEqualTo(channel.get("address")));
    }

    @Test
    void everyPublicEventTypeIsOnItsTopicWithItsSchemaFromTheEventsJar() {
        for (EventType type : EventType.values()) {
            if (!PublicTopics.carries(type)) {
                continue;
            }
            Map<String, Object> message = messageOn(type.topic(), type.typeName());
            String schema = (String) map(message, "payload").get("$ref");

            assertThat(schema).as(type.typeName()).isEqualTo(
                    EventSchemasController.PATH.substring(1) + type.typeName() + ".schema.json");
            assertThat(getClass().getResource(type.schemaResource())).as(type.schemaResource()).isNotNull();
            assertThat(typeHeader(message)).as(type.typeName()).isEqualTo(type.typeName());
            assertThat(map(map(message, "bindings"), "kafka")).as(type.typeName()).containsKey("key");
        }
    }

    @Test
    void noInternalEventTypeAppearsAnywhere() {
        String text = text();
        for (EventType type : EventType.values()) {
            if (!PublicTopics.carries(type)) {
                assertThat(text).as(type.typeName()).doesNotContain(type.typeName());
            }
        }
        List<String> names = new ArrayList<>();
        messages().values().forEach(message -> names.add((String) message.get("name")));
        Set<String> known = Stream.concat(Arrays.stream(EventType.values()).filter(PublicTopics::carries)
                .map(EventType::typeName), Stream.of(ReviewTakenDown.TYPE)).collect(Collectors.toSet());
        assertThat(names).allMatch(known::contains);
    }

    @Test
    void reviewsAreKeyedByReviewIdAndErasedByTombstones() {
        Map<String, Object> published = messageOn(Topics.REVIEWS, EventType.REVIEW_PUBLISHED.typeName());
        Map<String, Object> tombstone = messageOn(Topics.REVIEWS, ReviewTakenDown.TYPE);

        assertThat(map(map(published, "bindings"), "kafka").get("key"))
                .isEqualTo(Map.of("$ref", "#/components/schemas/reviewId"));
        assertThat(map(map(tombstone, "bindings"), "kafka").get("key"))
                .isEqualTo(Map.of("$ref", "#/components/schemas/reviewId"));
        assertThat(map(tombstone, "payload").get("type")).isEqualTo("null");
        assertThat(map(map(tombstone, "headers"), "properties")).containsKeys(ReviewTakenDown.REVISION,
                ReviewTakenDown.PROVIDER_ID, ReviewTakenDown.REASON, CloudEventHeaders.ID, CloudEventHeaders.TYPE,
                CloudEventHeaders.SOURCE, CloudEventHeaders.TIME, CloudEventHeaders.SPEC_VERSION);
        assertThat(typeHeader(tombstone)).isEqualTo(ReviewTakenDown.TYPE);
        channels().values().stream()
                .filter(channel -> List.of(Topics.REVIEWS, Topics.PROVIDERS).contains(channel.get("address")))
                .forEach(channel -> assertThat(map(map(map(channel, "bindings"), "kafka"), "topicConfiguration")
                        .get("cleanup.policy")).as((String) channel.get("address")).isEqualTo(List.of("compact")));
    }

    @Test
    void theHeadersAreTheCloudEventsAttributesTheCodecWrites() {
        Map<String, Object> headers = map(map(components(), "schemas"), "cloudEventHeaders");
        Map<String, Object> properties = map(headers, "properties");

        assertThat(properties).containsOnlyKeys(CloudEventHeaders.ID, CloudEventHeaders.SOURCE,
                CloudEventHeaders.TYPE, CloudEventHeaders.TIME, CloudEventHeaders.SPEC_VERSION,
                CloudEventHeaders.CONTENT_TYPE);
        assertThat(map(properties, CloudEventHeaders.SPEC_VERSION).get("const"))
                .isEqualTo(CloudEventHeaders.SPEC_VERSION_1_0);
        assertThat(map(properties, CloudEventHeaders.CONTENT_TYPE).get("const")).isEqualTo(CloudEventHeaders.JSON);
        List<String> required = cast(headers.get("required"));
        assertThat(required).containsExactlyInAnyOrderElementsOf(properties.keySet());
    }

    @Test
    void everyExampleIsAValidEventOfItsType() throws IOException {
        int checked = 0;
        for (EventType type : EventType.values()) {
            if (!PublicTopics.carries(type)) {
                continue;
            }
            Map<String, Object> message = messageOn(type.topic(), type.typeName());
            List<Map<String, Object>> examples = message.get("examples") == null ? List.of()
                    : cast(message.get("examples"));
            for (Map<String, Object> example : examples) {
                assertThat(map(example, "headers").get(CloudEventHeaders.TYPE)).isEqualTo(type.typeName());
                String payload = JSON.writeValueAsString(example.get("payload"));
                try (InputStream schemaFile = getClass().getResourceAsStream(type.schemaResource())) {
                    assertThat(SCHEMAS.getSchema(schemaFile).validate(payload, InputFormat.JSON,
                            context -> context.executionConfig(config -> config.formatAssertionsEnabled(true))))
                            .as(type.typeName() + " example " + example.get("name")).isEmpty();
                }
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    /** The message of this CloudEvents type among the messages of the channel with this address. */
    private Map<String, Object> messageOn(String topic, String typeName) {
        Map<String, Object> channel = channels().values().stream().filter(c -> topic.equals(c.get("address")))
                .findFirst().orElseThrow(() -> new AssertionError("No channel for " + topic));
        return map(channel, "messages").values().stream().map(reference -> resolve((Map<?, ?>) reference))
                .filter(message -> typeName.equals(message.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("No message " + typeName + " on " + topic));
    }

    /** The {@code ce_type} a message's headers fix, whether said on their own or in an allOf. */
    private static Object typeHeader(Map<String, Object> message) {
        Map<String, Object> headers = map(message, "headers");
        List<Map<String, Object>> parts = new ArrayList<>();
        parts.add(headers);
        if (headers.get("allOf") instanceof List<?> all) {
            all.forEach(part -> parts.add(cast(part)));
        }
        return parts.stream().filter(part -> part.get("properties") instanceof Map<?, ?> p
                        && p.get(CloudEventHeaders.TYPE) instanceof Map<?, ?> t && t.containsKey("const"))
                .map(part -> map(map(part, "properties"), CloudEventHeaders.TYPE).get("const"))
                .findFirst().orElse(null);
    }

    private Map<String, Object> resolve(Map<?, ?> reference) {
        String ref = (String) reference.get("$ref");
        if (ref == null) {
            return cast(reference);
        }
        assertThat(ref).startsWith("#/components/messages/");
        return map(messages(), ref.substring("#/components/messages/".length()));
    }

    private Map<String, Map<String, Object>> channels() {
        return cast(document.get("channels"));
    }

    private Map<String, Map<String, Object>> messages() {
        return cast(components().get("messages"));
    }

    private Map<String, Object> components() {
        return map(document, "components");
    }

    private static Map<String, Object> map(Map<?, ?> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return cast(value);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    private static String text() {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/" + AsyncApiController.DOCUMENT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, Object> load() {
        return new Yaml().load(text());
    }
}
