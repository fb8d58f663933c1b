package org.carefeed.choice.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.carefeed.choice.imports.AdminImports;
import org.carefeed.choice.imports.NhsChoicesFixture;
import org.carefeed.platform.migrations.MigrationRunner;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/** Providers imported before clock keys get theirs, once, and are then found open by time. */
class ClockKeysBackfillIT extends IntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MigrationRunner migrations;

    @Test
    void providersImportedBeforeClockKeysAreFoundOpenOnceKeyed() {
        AdminImports imports = new AdminImports(api());
        imports.importAndWait("backfill-sites.csv", NhsChoicesFixture.withHeader(NhsChoicesFixture.HOSPITAL_HEADER)
                .hospital("BFK1", "Backfill Site", "Old Hours Clinic", "BF1 1AA", "", "", "", "", "")
                .windows1252());
        imports.importAndWait("BackfillOpeningTimes.csv", NhsChoicesFixture.withHeader(PublishedSetIT.OPENING_TIMES)
                .row(String.join("¬", NhsChoicesFixture.organisationId("BFK1"), "Tuesday", "09:00-17:00", "True",
                        "General", ""))
                .windows1252());
        String tuesdayMorning = "/api/providers?type=backfill-site&openAt=2026-06-02T10:00";
        assertThat(codes(api().get(tuesdayMorning).json())).containsExactly("BFK1");
        // As the previous version left it: hours, no keys, no migration done.
        mongo.updateFirst(query(where("_id").is("BFK1")), new Update().unset(Provider.CLOCK_KEYS), Provider.class);
        mongo.remove(query(where("_id").is("opening-hours-index-v1")), "migrations");
        assertThat(codes(api().get(tuesdayMorning).json())).isEmpty();

        assertThat(migrations.runPending()).as("as at the next start").isTrue();

        assertThat(codes(api().get(tuesdayMorning).json())).containsExactly("BFK1");
        assertThat(mongo.findById("BFK1", Provider.class).details().clockKeys())
                .containsExactly("Tue 09:00/60", "Tue 10:00/60", "Tue 11:00/60", "Tue 12:00/60", "Tue 13:00/60",
                        "Tue 14:00/60", "Tue 15:00/60", "Tue 16:00/60");
        assertThat(mongo.findById("opening-hours-index-v1", Document.class, "migrations"))
                .as("done, so not again at the next start").isNotNull();
    }

    private static List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.get("items").forEach(item -> codes.add(item.get("code").asString()));
        return codes;
    }
}
