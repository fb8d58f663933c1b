package org.carefeed.choice.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.carefeed.choice.imports.AdminImports;
import org.carefeed.choice.imports.NhsChoicesFixture;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

class IndicatorImportIT extends IntegrationTest {

    private static final String ACCOUNTABILITY_HEADER = "OrganisationID¬OrganisationCode¬OrganisationName¬MetricName¬"
            + "TreatmentName¬ConditionName¬ServiceName¬Value¬Text";

    @Autowired
    MongoTemplate mongo;

    private AdminImports imports() {
        return new AdminImports(api());
    }

    private List<IndicatorValue> valuesOf(String code) {
        return mongo.find(query(where("providerCode").is(code)), IndicatorValue.class);
    }

    private IndicatorValue value(String code, String indicator, String period) {
        return mongo.findById(IndicatorValue.idOf(code, indicator, period), IndicatorValue.class);
    }

    @Test
    void accountabilityIndicatorsKeepTheirSentenceBandAndNotAvailableRows() {
        byte[] file = NhsChoicesFixture.withHeader(ACCOUNTABILITY_HEADER)
                .row("1¬IND01¬NHS Northtown CCG¬Health gains after hip replacement¬¬¬¬0.42¬"
                        + "In the middle range (0.42 average health gain per 100,000 people)")
                .row("1¬IND01¬NHS Northtown CCG¬Health gains after groin hernia¬¬¬¬0.05¬"
                        + "In the worst 25% of CCGs \u2013 0.05 average health gain")
                .row("1¬IND01¬NHS Northtown CCG¬Emergency admissions¬¬Asthma¬¬-¬Data not available")
                .row("1¬IND01¬NHS Northtown CCG¬People\u2019s experience of GP services¬¬¬¬¬")
                .row("1¬IND01¬NHS Northtown CCG¬Cancer survival¬¬¬¬87.5¬In the best 25% of CCGs")
                .windows1252();

        JsonNode job = imports().importAndWait("AccountabilityIndicatorsClinicalCommissioningGroup.csv", file,
                Map.of("period", "2013-14"));

        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.get("format").asString()).isEqualTo("nhs-choices-indicators");
        assertThat(job.get("indicatorValuesStored").asLong()).isEqualTo(5);
        assertThat(valuesOf("IND01")).hasSize(5);

        IndicatorValue hip = value("IND01", "Health gains after hip replacement", "2013-14");
        assertThat(hip.value()).isEqualTo(0.42);
        assertThat(hip.band()).isEqualTo("middle range");
        assertThat(hip.publishedText()).startsWith("In the middle range");
        assertThat(hip.source()).isEqualTo("NHS Choices");
        assertThat(hip.sourceFile()).isEqualTo("AccountabilityIndicatorsClinicalCommissioningGroup.csv");
        assertThat(hip.importedAt()).isNotNull();
        assertThat(value("IND01", "Health gains after groin hernia", "2013-14").band()).isEqualTo("worst 25%");
        assertThat(value("IND01", "Health gains after groin hernia", "2013-14").publishedText()).contains("\u2013");
        assertThat(value("IND01", "Cancer survival", "2013-14").band()).isEqualTo("best 25%");
        IndicatorValue asthma = value("IND01", "Emergency admissions (Asthma)", "2013-14");
        assertThat(asthma.value()).as("'-' is not available: row kept, no value").isNull();
        assertThat(asthma.band()).isNull();
        assertThat(value("IND01", "People\u2019s experience of GP services", "2013-14").value()).isNull();
    }

    @Test
    void genericCsvKeepsOtherPeriodsAsHistoryAndReplacesTheSamePeriod() {
        String header = "provider_code,indicator,period,value,unit,denominator,source,source_url\r\n";
        String y2024 = header + "IND02,Friends and Family Test: would recommend,2024-03,91.5,%,1200,NHS England,https://example.org/fft\r\n";
        String y2025 = header
                + "IND02,Friends and Family Test: would recommend,2025-03,93,%,1310,NHS England,https://example.org/fft\r\n"
                + "IND02,\"Waiting time, median (weeks)\",2025-03,12.5,weeks,,\"NHS England \"\"RTT\"\" data\",\r\n"
                + "IND02,\"CQC rating\nOverall\",2025-03,-,,,CQC,\r\n";
        String y2025revised = header + "IND02,Friends and Family Test: would recommend,2025-03,94,%,1320,NHS England,\r\n";

        imports().importAndWait("fft-2024.csv", y2024.getBytes(StandardCharsets.UTF_8));
        JsonNode job = imports().importAndWait("indicators-2025.csv", y2025.getBytes(StandardCharsets.UTF_8));

        assertThat(job.get("format").asString()).isEqualTo("indicator-csv");
        assertThat(job.get("indicatorValuesStored").asLong()).as(job.toString()).isEqualTo(3);
        IndicatorValue waiting = value("IND02", "Waiting time, median (weeks)", "2025-03");
        assertThat(waiting.value()).isEqualTo(12.5);
        assertThat(waiting.unit()).isEqualTo("weeks");
        assertThat(waiting.denominator()).isNull();
        assertThat(waiting.source()).isEqualTo("NHS England \"RTT\" data");
        assertThat(value("IND02", "CQC rating\nOverall", "2025-03").value()).isNull();

        imports().importAndWait("fft-2025-revised.csv", y2025revised.getBytes(StandardCharsets.UTF_8));

        assertThat(value("IND02", "Friends and Family Test: would recommend", "2024-03").value()).as("history kept").isEqualTo(91.5);
        IndicatorValue revised = value("IND02", "Friends and Family Test: would recommend", "2025-03");
        assertThat(revised.value()).isEqualTo(94);
        assertThat(revised.sourceFile()).isEqualTo("fft-2025-revised.csv");
        assertThat(valuesOf("IND02")).hasSize(4);
    }

    @Test
    void badCsvRowsAreReportedWithTheirLineAndSkipped() {
        String csv = "provider_code,indicator,period,value,unit,denominator,source,source_url\n"
                + "IND03,Good,2025,1,,,Source,\n"
                + "not-a-code,Bad code,2025,1,,,Source,\n"
                + "IND03,\"A note\nover two lines\",,1,,,Source,\n"
                + "IND03,Not a number,2025,high,,,Source,\n"
                + "IND03,No source,2025,1,,,,\n"
                + "IND03,Wait, median,2025,3,weeks,,Source,\n"
                + "IND03,Also good,2025,2,,,Source,\n";

        JsonNode job = imports().importAndWait("mixed.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(job.get("rowsRead").asLong()).isEqualTo(7);
        assertThat(job.get("indicatorValuesStored").asLong()).isEqualTo(2);
        assertThat(job.get("rejectedRows").findValuesAsString("line")).containsExactly("3", "4", "6", "7", "8");
        assertThat(job.get("rejectedRows").get(4).get("reason").asString()).contains("9 fields");
        assertThat(job.get("rejectedRows").get(1).get("reason").asString()).contains("period");
        assertThat(job.get("rejectedRows").get(2).get("reason").asString()).contains("not a number");
    }

    @Test
    void aCsvWithAQuoteThatNeverClosesIsRefusedBeforeAnythingIsWritten() {
        String csv = "provider_code,indicator,period,value,unit,denominator,source,source_url\n"
                + "IND05,Fine,2025,1,,,Source,\n"
                + "IND05,\"Never closed,2025,1,,,Source,\n"
                + "IND05,Swallowed,2025,1,,,Source,\n";

        HttpApi.Response refused = imports().upload("open-quote.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("quoted field is not closed");
        assertThat(valuesOf("IND05")).isEmpty();
    }

    @Test
    void aCsvThatIsNotUtf8IsRefusedBeforeAnythingIsWritten() {
        String csv = "provider_code,indicator,period,value,unit,denominator,source,source_url\r\n"
                + "IND04,Caf\u00e9 hygiene rating,2025,5,,,Food Standards Agency,\r\n";

        HttpApi.Response refused = imports().upload("hygiene.csv", csv.getBytes(Charset.forName("windows-1252")), Map.of());

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("not UTF-8");
        assertThat(valuesOf("IND04")).isEmpty();
    }
}
