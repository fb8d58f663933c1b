package org.carefeed.choice.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carefeed.choice.imports.AdminImports;
import org.carefeed.choice.imports.NhsChoicesFixture;
import org.carefeed.events.EventCodec;
import org.carefeed.events.ProviderUpserted;
import org.carefeed.events.Topics;
import org.carefeed.platform.kafka.CloudEventRecords;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.carefeed.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * Directory files through the admin API, as an operator would import them. Each test uses provider
 * types of its own, because a full import closes the providers of its types that it does not list.
 */
class DirectoryImportIT extends IntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaConnectionDetails kafka;

    private AdminImports imports() {
        return new AdminImports(api());
    }

    private Provider provider(String code) {
        return mongo.findById(code, Provider.class);
    }

    private static NhsChoicesFixture hospitals() {
        return NhsChoicesFixture.withHeader(NhsChoicesFixture.HOSPITAL_HEADER)
                // One organisation on three rows, one per phone/email combination, with stray spaces.
                .hospital("RXA01", "Hospital", "St Mary\u2019s Hospital \u2013 East Wing", "ab1 2cd", "51.5", "-0.12",
                        "RXA", " 01234 567890 ", "wards@example.nhs.uk")
                .hospital("RXA01", "Hospital", "St Mary\u2019s Hospital \u2013 East Wing", "ab1 2cd", "51.5", "-0.12",
                        "RXA", "01234 567891", "wards@example.nhs.uk")
                .hospital("RXA01", "Hospital", "St Mary\u2019s Hospital \u2013 East Wing", "ab1 2cd", "51.5", "-0.12",
                        "RXA", "01234 567890", "")
                .hospital("RXA02", "Hospital", "Riverside Community Hospital", "AB3 4EF", "", "", "RXA", "", "")
                .hospital("NXB10", "Hospital", "Hillview Independent Clinic", "AB5 6GH", "52.1", "-1.3", "NXB", "", "");
    }

    @Test
    void importsOneProviderPerCodeWithItsWindows1252NameAndMergedContacts() {
        JsonNode job = imports().importAndWait("Hospital.csv", hospitals().windows1252());

        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.get("format").asString()).isEqualTo("nhs-choices-organisations");
        assertThat(job.get("rowsRead").asLong()).isEqualTo(5);
        assertThat(job.get("providersCreated").asLong()).isEqualTo(3);
        assertThat(job.get("rowsRejected").asLong()).isZero();

        Provider mary = provider("RXA01");
        assertThat(mary.entry().name()).isEqualTo("St Mary\u2019s Hospital \u2013 East Wing");
        assertThat(mary.entry().type()).isEqualTo("hospital");
        assertThat(mary.entry().phones()).containsExactly("01234 567890", "01234 567891");
        assertThat(mary.entry().emails()).containsExactly("wards@example.nhs.uk");
        assertThat(mary.entry().address().postcode()).isEqualTo("AB1 2CD");
        assertThat(mary.entry().location().latitude()).isEqualTo(51.5);
        assertThat(mary.entry().parentCode()).isEqualTo("RXA");
        assertThat(mary.isOpen()).isTrue();
        assertThat(provider("RXA02").entry().location()).as("no published position").isNull();

        try (TopicReader providers = new TopicReader(String.join(",", kafka.getBootstrapServers()), Topics.PROVIDERS)) {
            ConsumerRecord<String, String> record = providers.awaitRecord(r -> "RXA01".equals(r.key()), Duration.ofSeconds(30));
            ProviderUpserted event = (ProviderUpserted) new EventCodec("/test")
                    .decode(CloudEventRecords.typeOf(record), record.value()).orElseThrow();
            assertThat(event.name()).isEqualTo("St Mary\u2019s Hospital \u2013 East Wing");
            assertThat(event.phones()).containsExactly("01234 567890", "01234 567891");
        }
    }

    @Test
    void reimportingTheSameFileChangesNothingAndANewerFileUpdatesAndCloses() {
        NhsChoicesFixture first = NhsChoicesFixture.withHeader(NhsChoicesFixture.HOSPITAL_HEADER)
                .hospital("WIC01", "Walk-in Centre", "Smile Dental Practice", "CD1 1AA", "53.0", "-2.0", "", "0111", "")
                .hospital("WIC02", "Walk-in Centre", "Bright Teeth", "CD1 1AB", "53.1", "-2.1", "", "", "")
                .hospital("WIC03", "Walk-in Centre", "Old Town Dentist", "CD1 1AC", "", "", "", "", "");
        assertThat(imports().importAndWait("WalkIn.csv", first.windows1252()).get("providersCreated").asLong()).isEqualTo(3);
        Instant updatedAt = provider("WIC01").updatedAt();

        JsonNode again = imports().importAndWait("WalkIn.csv", first.windows1252());

        assertThat(again.get("providersUnchanged").asLong()).as(again.toString()).isEqualTo(3);
        assertThat(again.get("providersCreated").asLong() + again.get("providersUpdated").asLong()
                + again.get("providersClosed").asLong()).isZero();
        assertThat(provider("WIC01").updatedAt()).as("no write, so no change event").isEqualTo(updatedAt);
        assertThat(mongo.count(Query.query(Criteria.where("entry.type").is("walk-in-centre")), Provider.class))
                .isEqualTo(3);

        NhsChoicesFixture newer = NhsChoicesFixture.withHeader(NhsChoicesFixture.HOSPITAL_HEADER)
                .hospital("WIC01", "Walk-in Centre", "Smile Dental Practice", "CD1 1AA", "53.0", "-2.0", "", "0111", "")
                .hospital("WIC02", "Walk-in Centre", "Bright Teeth Dental Care", "CD1 1AB", "53.1", "-2.1", "", "", "")
                .hospital("WIC04", "Walk-in Centre", "New Road Dentist", "CD1 1AD", "", "", "", "", "");

        JsonNode later = imports().importAndWait("WalkIn.csv", newer.windows1252());

        assertThat(later.get("providersUnchanged").asLong()).as(later.toString()).isEqualTo(1);
        assertThat(later.get("providersUpdated").asLong()).isEqualTo(1);
        assertThat(later.get("providersCreated").asLong()).isEqualTo(1);
        assertThat(later.get("providersClosed").asLong()).isEqualTo(1);
        assertThat(provider("WIC02").entry().name()).isEqualTo("Bright Teeth Dental Care");
        Provider closed = provider("WIC03");
        assertThat(closed).as("closed, not deleted").isNotNull();
        assertThat(closed.status()).isEqualTo("closed");

        try (TopicReader providers = new TopicReader(String.join(",", kafka.getBootstrapServers()), Topics.PROVIDERS)) {
            ConsumerRecord<String, String> last = providers.awaitRecord(r -> "WIC03".equals(r.key())
                    && "org.carefeed.provider.closed.v1".equals(CloudEventRecords.typeOf(r)), Duration.ofSeconds(30));
            assertThat(last.value()).contains("\"providerCode\":\"WIC03\"");
            assertThat(providers.seen(r -> "WIC01".equals(r.key()))).as("one event for an unchanged provider").hasSize(1);
        }
    }

    @Test
    void badRowsAreReportedWithTheirLineAndSkipped() {
        NhsChoicesFixture file = NhsChoicesFixture.withHeader(NhsChoicesFixture.HOSPITAL_HEADER)
                .hospital("CLN01", "Clinic", "Good Clinic", "EF1 1AA", "", "", "", "", "")
                .hospital("not a code", "Clinic", "Bad Code Clinic", "EF1 1AB", "", "", "", "", "")
                .hospital("CLN03", "Clinic", "", "EF1 1AC", "", "", "", "", "")
                .hospital("CLN04", "Clinic", "Lost Clinic", "EF1 1AD", "north", "west", "", "", "")
                .hospital("CLN05", "Clinic", "Another Good Clinic", "EF1 1AE", "", "", "", "", "");

        JsonNode job = imports().importAndWait("Clinics.csv", file.windows1252());

        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        assertThat(job.get("rowsRead").asLong()).isEqualTo(5);
        assertThat(job.get("rowsRejected").asLong()).isEqualTo(2);
        assertThat(job.get("providersCreated").asLong()).isEqualTo(3);
        assertThat(job.get("rejectedRows").findValuesAsString("line")).containsExactly("4", "5");
        assertThat(job.get("rejectedRows").get(0).get("reason").asString()).contains("OrganisationName");
        assertThat(job.get("rejectedRows").get(1).get("reason").asString()).contains("Latitude");
        Provider withoutOdsCode = provider("nhs-choices:" + NhsChoicesFixture.organisationId("not a code"));
        assertThat(withoutOdsCode.entry().name()).as("a code that is no ODS code is kept, not refused")
                .isEqualTo("Bad Code Clinic");
        assertThat(withoutOdsCode.records().get(0).publishedCode()).isEqualTo("not a code");
    }

    @Test
    void aRejectedRowNeverClosesItsProviderAndRejectionsStopAllClosing() {
        NhsChoicesFixture full = NhsChoicesFixture.withHeader(NhsChoicesFixture.HOSPITAL_HEADER)
                .hospital("HAU01", "Health Authority", "High Street Pharmacy", "IJ1 1AA", "", "", "", "", "")
                .hospital("HAU02", "Health Authority", "Station Pharmacy", "IJ1 1AB", "", "", "", "", "")
                .hospital("HAU03", "Health Authority", "Market Pharmacy", "IJ1 1AC", "", "", "", "", "");
        imports().importAndWait("HealthAuthority.csv", full.windows1252());
        NhsChoicesFixture damaged = NhsChoicesFixture.withHeader(NhsChoicesFixture.HOSPITAL_HEADER)
                .hospital("HAU01", "Health Authority", "High Street Pharmacy", "IJ1 1AA", "", "", "", "", "")
                .hospital("HAU02", "Health Authority", "", "IJ1 1AB", "", "", "", "", "");

        JsonNode job = imports().importAndWait("HealthAuthority.csv", damaged.windows1252());

        assertThat(job.get("rowsRejected").asLong()).isEqualTo(1);
        assertThat(job.get("providersClosed").asLong()).as(job.toString()).isZero();
        assertThat(job.get("warnings").get(0).asString()).contains("no provider missing from the file was closed");
        assertThat(provider("HAU02").isOpen()).as("its row was rejected, but it is listed").isTrue();
        assertThat(provider("HAU03").isOpen()).as("not closed while rows were rejected").isTrue();
    }

    @Test
    void aFileInTheWrongFormatOrEncodingIsRefusedBeforeAnythingIsWritten() {
        long jobsBefore = mongo.getCollection("import_jobs").countDocuments();
        NhsChoicesFixture resaved = NhsChoicesFixture.withHeader(NhsChoicesFixture.HOSPITAL_HEADER)
                .hospital("OPT01", "Optician", "Clear Sight", "GH1 1AA", "", "", "", "", "");

        HttpApi.Response utf8 = imports().upload("Optician.csv", resaved.utf8(), Map.of());
        byte[] badByteInRow = resaved.windows1252();
        badByteInRow[badByteInRow.length - 10] = (byte) 0x81; // not a Windows-1252 character
        HttpApi.Response damaged = imports().upload("Optician.csv", badByteInRow, Map.of());
        HttpApi.Response notCsv = imports().upload("notes.txt", "Dear admin,\nplease import this.\n".getBytes(), Map.of());
        HttpApi.Response empty = imports().upload("empty.csv", new byte[0], Map.of());
        HttpApi.Response mismatch = imports().upload("Optician.csv", resaved.windows1252(), Map.of("format", "indicator-csv"));

        for (HttpApi.Response refused : List.of(utf8, damaged, notCsv, empty, mismatch)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("file");
        }
        assertThat(utf8.json().get("detail").asString()).contains("UTF-8").contains("Windows-1252");
        assertThat(mongo.getCollection("import_jobs").countDocuments()).isEqualTo(jobsBefore);
        assertThat(provider("OPT01")).isNull();
    }

    @Test
    void adminApiNeedsAnAdministratorsTokenAndClearParameters() {
        HttpApi.Response anonymous = api().postMultipart("/api/admin/imports", Map.of(), "file", "x.csv", new byte[] {1});
        HttpApi.Response madeUp = api().bearer("not-a-token").get("/api/admin/imports/anything");

        for (HttpApi.Response refused : List.of(anonymous, madeUp)) {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
        }

        HttpApi admin = imports().admin();
        assertThat(admin.get("/api/admin/imports/no-such-job").status()).isEqualTo(404);
        HttpApi.Response noFile = admin.postMultipart("/api/admin/imports", Map.of("format", "indicator-csv"), null, null, null);
        assertThat(noFile.status()).as(noFile.body()).isEqualTo(400);
        assertThat(noFile.json().at("/errors/0/field").asString()).isEqualTo("file");
        HttpApi.Response badFormat = imports().upload("x.csv", "a".getBytes(), Map.of("format", "excel"));
        assertThat(badFormat.status()).isEqualTo(400);
        assertThat(badFormat.json().at("/errors/0/field").asString()).isEqualTo("format");
        assertThat(api().get("/api/providers/RXA01/reviews").status()).as("open data needs no sign-in").isEqualTo(200);
        HttpApi.Response bigUploadElsewhere = api().postMultipart("/api/providers", Map.of(), "file", "big.bin",
                new byte[100_000]);
        assertThat(bigUploadElsewhere.status()).as("only the import path takes large uploads").isEqualTo(413);
    }
}
