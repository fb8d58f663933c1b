package org.carefeed.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

    private static final UUID REVIEW_ID = UUID.fromString("0b6a3c52-8a3e-4a51-9a0e-6f4c1f0d2a11");

    private final EventCodec codec = new EventCodec("/carefeed/test");

    private static ReviewPublished sampleReview() {
        return ReviewPublished.of(REVIEW_ID, 1, "RJ731", new ReviewPublished.Content(4,
                "Kind staff on the ward", "The nurses explained everything and checked on me at night.",
                "Maternity", "2026-10", "patient", "Sam"), Instant.parse("2026-11-24T10:15:30.123Z"));
    }

    /** One realistic event of every type: the contract tests below run over all of them. */
    static CarefeedEvent sample(EventType type) {
        Instant at = Instant.parse("2026-11-24T10:15:30.123Z");
        return switch (type) {
            case REVIEW_PUBLISHED -> sampleReview();
            case PROVIDER_UPSERTED -> new ProviderUpserted(UUID.randomUUID(), at, null, "RJ731",
                    ProviderUpserted.SCHEMA_VERSION,
                    "hospital", "Hospital", "NHS Sector", "St Elsewhere\u2019s Hospital \u2013 North Wing",
                    new PostalAddress(List.of("1 Lambeth Palace Road"), "London", "Greater London", "SE1 7EH"),
                    new Coordinates(51.498, -0.118), "RJ7", "Guy's and St Thomas' NHS Foundation Trust",
                    List.of("020 7188 7188"), List.of(), "https://www.example.nhs.uk",
                    List.of(ProviderIdentifier.ods("RJ731"), ProviderIdentifier.nhsChoices("17990")),
                    List.of("St Elsewhere's"));
            case ACCOUNT_ACCESS_CHANGED -> AccountAccessChanged.of("5f0c8f6e-3b1d-4c53-9a8e-1d2f3a4b5c6d", 3,
                    List.of("MODERATOR", "ADMIN"), true, 1_764_000_000_000L, at);
            case PROVIDER_CLOSED -> ProviderClosed.of("K81028", at);
            case REVIEW_OUTCOME -> ReviewOutcome.of(REVIEW_ID, "RJ731", ReviewOutcome.REMOVED, "abusive", at);
            case COMPLAINT_STATUS_CHANGED -> ComplaintStatusChanged.of("CF-2026-000123", 2, "RJ731", "delays",
                    "acknowledged", at.minusSeconds(86_400), java.time.LocalDate.parse("2026-11-26"), at, null, null,
                    at);
        };
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

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everySerializedEventMatchesItsSchema(EventType type) throws IOException {
        EncodedEvent encoded = codec.encode(sample(type));

        assertThat(encoded.topic()).isEqualTo(type.topic());
        assertThat(encoded.headers()).containsEntry(CloudEventHeaders.TYPE, type.typeName());
        assertThat(validate(type, encoded.value())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventReadsBackAsItWasWritten(EventType type) {
        CarefeedEvent event = sample(type);
        EncodedEvent encoded = codec.encode(event);

        assertThat(codec.decode(type.typeName(), encoded.value())).contains(event);
    }

    @Test
    void publishedCodesWithASuffixAreValidAndOthersAreNot() {
        assertThat(ProviderCodes.isValid("RVN3N-B")).isTrue();
        assertThat(ProviderCodes.isValid("07J")).isTrue();
        assertThat(ProviderCodes.isValid("rj731")).isFalse();
        assertThat(ProviderCodes.isValid("RJ731-")).isFalse();
        assertThat(ProviderCodes.isValid("RJ7 31")).isFalse();
        assertThat(ProviderCodes.isValid("<script>")).isFalse();
    }

    @Test
    void publicIdentifiersAreOdsCodesOrKindQualified() {
        assertThat(ProviderIds.isValid("RJ731")).isTrue();
        assertThat(ProviderIds.isValid("cqc:1-101628572")).isTrue();
        assertThat(ProviderIds.isValid("nhs-choices:25085")).isTrue();
        assertThat(ProviderIds.isValid("gmc:1234567")).isFalse();
        assertThat(ProviderIds.isValid("cqc:")).isFalse();
        assertThat(ProviderIds.isValid("nhs-choices:25085<script>")).isFalse();
        assertThat(ProviderIds.normalise(" rj731 ")).contains("RJ731");
        assertThat(ProviderIds.normalise("ods:rj731")).contains("RJ731");
        assertThat(ProviderIds.normalise("CQC:1-101628572")).contains("cqc:1-101628572");
        assertThat(ProviderIds.normalise("ods:")).isEmpty();
        assertThat(ProviderIds.normalise("x:1")).isEmpty();
    }

    @Test
    void eventAboutAProviderWithoutAnOdsCodeCarriesOnlyItsPublicIdentifier() throws IOException {
        ReviewPublished review = ReviewPublished.of(REVIEW_ID, 1, "cqc:1-101628572", new ReviewPublished.Content(5,
                "Caring home", "My mother is looked after with great kindness every day.", null, "2026-10",
                "relative-or-friend", "Anonymous"), Instant.parse("2026-11-24T10:15:30.123Z"));

        EncodedEvent encoded = codec.encode(review);

        assertThat(encoded.key()).isEqualTo(REVIEW_ID.toString());
        assertThat(encoded.value()).contains("\"providerId\":\"cqc:1-101628572\"").doesNotContain("providerCode");
        assertThat(validate(EventType.REVIEW_PUBLISHED, encoded.value())).isEmpty();
        assertThat(codec.decode(EventType.REVIEW_PUBLISHED.typeName(), encoded.value())).contains(review);
    }

    @Test
    void eventWrittenBeforeTheIdentifierExistedReadsWithItsOdsCodeAsIdentifier() throws IOException {
        String written = codec.encode(sampleReview()).value().replace(",\"providerId\":\"RJ731\"", "");
        assertThat(written).doesNotContain("providerId");

        assertThat(validate(EventType.REVIEW_PUBLISHED, written)).isEmpty();
        assertThat(codec.decode(EventType.REVIEW_PUBLISHED.typeName(), written)).get()
                .extracting(CarefeedEvent::providerId, CarefeedEvent::providerCode).containsExactly("RJ731", "RJ731");
    }

    @Test
    void providerWithoutPublishedLocationStillMatchesItsSchema() throws IOException {
        ProviderUpserted withoutLocation = new ProviderUpserted(UUID.randomUUID(), Instant.now(), null, "K81028",
                1, "gp-practice", null, null, "Kennedy Way Surgery", null, null, null, null, null, null, null, null,
                null);

        assertThat(validate(EventType.PROVIDER_UPSERTED, codec.encode(withoutLocation).value())).isEmpty();
    }

    @Test
    void complaintEventCarriesOnlyReferenceProviderCategoryTimestampsAndStatus() throws IOException {
        ComplaintStatusChanged received = ComplaintStatusChanged.of("CF-2026-000001", 1, "RJ731", "lost-property",
                "received", Instant.parse("2026-11-20T09:00:00Z"), java.time.LocalDate.parse("2026-11-25"), null, null,
                null, Instant.parse("2026-11-20T09:00:00Z"));
        String json = codec.encode(received).value();

        assertThat(validate(EventType.COMPLAINT_STATUS_CHANGED, json)).isEmpty();
        assertThat(tools.jackson.databind.json.JsonMapper.shared().readTree(json).propertyNames())
                .containsExactlyInAnyOrder("eventId", "occurredAt", "providerCode", "providerId", "schemaVersion",
                        "reference",
                        "revision", "category", "status", "receivedAt", "acknowledgementDueBy", "acknowledgedAt",
                        "resolvedAt", "closedAt");
    }

    @Test
    void aComplaintClosedWithoutResolutionSaysWhyFromTheFixedList() throws IOException {
        Instant at = Instant.parse("2026-11-20T09:00:00Z");
        ComplaintStatusChanged closed = ComplaintStatusChanged.of("CF-2026-000002", 2, "RJ731", "delays", "closed",
                at, java.time.LocalDate.parse("2026-11-25"), null, null, at.plusSeconds(60),
                ComplaintClosure.DUPLICATE.apiName(), at.plusSeconds(60));
        String json = codec.encode(closed).value();

        assertThat(validate(EventType.COMPLAINT_STATUS_CHANGED, json)).isEmpty();
        assertThat(json).contains("\"closedReason\":\"duplicate\"");
        assertThat(validate(EventType.COMPLAINT_STATUS_CHANGED, json.replace("\"duplicate\"", "\"too busy\""))).isNotEmpty();
    }

    @Test
    void accountEventIsKeyedByAccountAndSaysNothingAboutWhoThePersonIs() throws IOException {
        AccountAccessChanged disabled = AccountAccessChanged.of("5f0c8f6e-3b1d-4c53-9a8e-1d2f3a4b5c6d", 2,
                List.of("STAFF", "ADMIN"), false, 0, Instant.parse("2026-11-24T10:15:30.123Z"));

        EncodedEvent encoded = codec.encode(disabled);

        assertThat(encoded.topic()).isEqualTo(Topics.ACCOUNTS);
        assertThat(encoded.key()).isEqualTo("5f0c8f6e-3b1d-4c53-9a8e-1d2f3a4b5c6d");
        assertThat(validate(EventType.ACCOUNT_ACCESS_CHANGED, encoded.value())).isEmpty();
        assertThat(tools.jackson.databind.json.JsonMapper.shared().readTree(encoded.value()).propertyNames())
                .containsExactlyInAnyOrder("eventId", "occurredAt", "schemaVersion", "accountId", "revision", "roles",
                        "enabled", "passwordStamp");
        assertThat(encoded.value()).contains("\"roles\":[\"ADMIN\",\"STAFF\"]");
        assertThat(validate(EventType.ACCOUNT_ACCESS_CHANGED, encoded.value().replace("\"revision\":2", "\"revision\":0")))
                .as("revisions count from 1").isNotEmpty();
        assertThat(validate(EventType.ACCOUNT_ACCESS_CHANGED, encoded.value().replace(",\"enabled\":false", "")))
                .as("whether it is enabled is never left to a default").isNotEmpty();
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
    void encodedEventCarriesCloudEventsBinaryModeHeadersAndReviewKey() {
        ReviewPublished event = sampleReview();

        EncodedEvent encoded = codec.encode(event);

        assertThat(encoded.topic()).isEqualTo(Topics.REVIEWS);
        assertThat(encoded.key()).as("keyed by review, so a tombstone on the key erases it").isEqualTo(REVIEW_ID.toString());
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
    void aReviewsWholePublicStateCarriesItsResponseAndFirstPublication() throws IOException {
        Instant first = Instant.parse("2026-11-24T10:15:30Z");
        ReviewPublished answered = ReviewPublished.of(REVIEW_ID, 2, "RJ731", new ReviewPublished.Content(4, "Kind staff",
                "The nurses explained everything and checked on me at night.", null, "2026-10", "patient", "Sam"),
                first, new ReviewPublished.Response("Thank you for telling us.", "Guy's and St Thomas'",
                        first.plusSeconds(3600), null), first.plusSeconds(3600));
        EncodedEvent encoded = codec.encode(answered);

        assertThat(validate(EventType.REVIEW_PUBLISHED, encoded.value())).isEmpty();
        assertThat(codec.decode(EventType.REVIEW_PUBLISHED.typeName(), encoded.value())).contains(answered);
        assertThat(answered.publishedAt()).isEqualTo(first);
        assertThat(answered.response().lastPublishedAt()).isEqualTo(first.plusSeconds(3600));
    }

    @Test
    void aTakenDownReviewIsATombstoneOnItsKeyInTheTopicAndItsDeadLetterTopicWithoutAWordOfIt() {
        ReviewTakenDown takenDown = ReviewTakenDown.of(REVIEW_ID, 3, "RJ731", ReviewOutcome.WITHDRAWN,
                Instant.parse("2026-11-25T08:00:00Z"));

        List<EncodedEvent> tombstones = takenDown.encode("/carefeed/test");

        assertThat(tombstones).extracting(EncodedEvent::topic)
                .containsExactly(Topics.REVIEWS, Topics.deadLetter(Topics.REVIEWS));
        assertThat(tombstones).allSatisfy(tombstone -> {
            assertThat(tombstone.key()).isEqualTo(REVIEW_ID.toString());
            assertThat(tombstone.value()).isNull();
            assertThat(ReviewTakenDown.read(tombstone.key(), tombstone.headers())).contains(takenDown);
        });
        assertThat(ReviewTakenDown.read("compaction-nudge", Map.of())).isEmpty();
        assertThatThrownBy(() -> ReviewTakenDown.read(REVIEW_ID.toString(),
                Map.of(CloudEventHeaders.TYPE, ReviewTakenDown.TYPE))).isInstanceOf(EventDecodingException.class);
    }

    @Test
    void anOutcomeCarriesNoWordOfTheReviewAndOnlyKnownOutcomes() throws IOException {
        String json = codec.encode(ReviewOutcome.of(REVIEW_ID, "RJ731", ReviewOutcome.RECEIVED, null,
                Instant.parse("2026-11-20T09:00:00Z"))).value();

        assertThat(tools.jackson.databind.json.JsonMapper.shared().readTree(json).propertyNames())
                .containsExactlyInAnyOrder("eventId", "occurredAt", "providerCode", "providerId", "schemaVersion",
                        "reviewId", "outcome");
        assertThat(validate(EventType.REVIEW_OUTCOME, json.replace("\"received\"", "\"liked\""))).isNotEmpty();
        assertThatThrownBy(() -> ReviewOutcome.of(REVIEW_ID, "RJ731", "liked", null, Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
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
