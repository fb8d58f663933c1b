package org.carefeed.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventContractTest {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final EventCodec codec = new EventCodec("/carefeed/test");

    private static ReviewPublished sampleReview() {
        return ReviewPublished.of(UUID.fromString("0b6a3c52-8a3e-4a51-9a0e-6f4c1f0d2a11"), "RJ731", 4,
                "Kind staff on the ward", "The nurses explained everything and checked on me at night.",
                Instant.parse("2026-11-24T10:15:30.123Z"));
    }

    private static List<Error> validate(EventType type, String json) throws IOException {
        try (InputStream schemaFile = EventContractTest.class.getResourceAsStream(type.schemaResource())) {
            assertThat(schemaFile).as("schema for %s", type).isNotNull();
            Schema schema = SCHEMAS.getSchema(schemaFile);
            return schema.validate(json, InputFormat.JSON,
                    context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeShipsItsSchemaAndUsesALogicalVersionedName(EventType type) throws IOException {
        assertThat(type.typeName()).startsWith("org.carefeed.").matches(".*\\.v\\d+$");
        try (InputStream schemaFile = getClass().getResourceAsStream(type.schemaResource())) {
            assertThat(schemaFile).isNotNull();
        }
    }

    @Test
    void serializedReviewPublishedMatchesItsSchema() throws IOException {
        EncodedEvent encoded = codec.encode(sampleReview());

        assertThat(validate(EventType.REVIEW_PUBLISHED, encoded.value())).isEmpty();
    }

    @Test
    void schemaRejectsAReviewThatBreaksTheContract() throws IOException {
        String outOfRange = codec.encode(sampleReview()).value().replace("\"rating\":4", "\"rating\":6");
        String withoutText = codec.encode(sampleReview()).value()
                .replace(",\"text\":\"The nurses explained everything and checked on me at night.\"", "");

        assertThat(validate(EventType.REVIEW_PUBLISHED, outOfRange)).isNotEmpty();
        assertThat(validate(EventType.REVIEW_PUBLISHED, withoutText)).isNotEmpty();
    }

    @Test
    void encodedEventCarriesCloudEventsBinaryModeHeadersAndProviderKey() {
        ReviewPublished event = sampleReview();

        EncodedEvent encoded = codec.encode(event);

        assertThat(encoded.topic()).isEqualTo(Topics.REVIEWS);
        assertThat(encoded.key()).isEqualTo("RJ731");
        assertThat(encoded.headers())
                .containsEntry(CloudEventHeaders.ID, event.eventId().toString())
                .containsEntry(CloudEventHeaders.SOURCE, "/carefeed/test")
                .containsEntry(CloudEventHeaders.TYPE, "org.carefeed.review.published.v1")
                .containsEntry(CloudEventHeaders.TIME, "2026-11-24T10:15:30.123Z")
                .containsEntry(CloudEventHeaders.SPEC_VERSION, "1.0")
                .containsEntry(CloudEventHeaders.CONTENT_TYPE, "application/json");
        assertThat(String.join(" ", encoded.headers().values()) + encoded.value())
                .as("no Java class names on the wire")
                .doesNotContain("org.carefeed.events.", "ReviewPublished");
    }

    @Test
    void decodingGivesBackTheSameEvent() {
        ReviewPublished event = sampleReview();
        EncodedEvent encoded = codec.encode(event);

        assertThat(codec.decode(encoded.headers().get(CloudEventHeaders.TYPE), encoded.value())).contains(event);
    }

    @Test
    void readerIgnoresFieldsItDoesNotKnow() {
        ReviewPublished event = sampleReview();
        String fromANewerProducer = codec.encode(event).value()
                .replaceFirst("\\{", "{\"language\":\"cy\",\"tags\":[\"maternity\"],\"site\":{\"name\":\"Ward 9\"},");

        assertThat(codec.decode("org.carefeed.review.published.v1", fromANewerProducer)).contains(event);
    }

    @Test
    void unknownEventTypeIsSkippedRatherThanFailed() {
        assertThat(codec.decode("org.carefeed.review.reacted.v1", "{\"anything\":true}")).isEmpty();
    }

    @Test
    void valueThatDoesNotFitItsTypeIsADecodingError() {
        assertThatThrownBy(() -> codec.decode("org.carefeed.review.published.v1", "{not json"))
                .isInstanceOf(EventDecodingException.class);
        assertThatThrownBy(() -> codec.decode("org.carefeed.review.published.v1", "{\"providerCode\":\"RJ731\"}"))
                .isInstanceOf(EventDecodingException.class);
        assertThatThrownBy(() -> codec.decode(null, "{}"))
                .isInstanceOf(EventDecodingException.class);
    }
}
