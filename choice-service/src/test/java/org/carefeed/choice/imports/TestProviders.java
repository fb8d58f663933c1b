package org.carefeed.choice.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.carefeed.testsupport.HttpApi;

/** Puts providers in the directory through the admin import, as an operator would. */
public final class TestProviders {

    private TestProviders() {
    }

    /**
     * Imports open providers of an organisation type of the test's own (such as "Rating Site", served
     * as {@code rating-site}), named "Provider CODE" unless a name follows the code as {@code CODE=Name},
     * without closing anyone else's.
     */
    public static void open(HttpApi api, String organisationType, String... codesAndNames) {
        NhsChoicesFixture file = NhsChoicesFixture.withHeader(NhsChoicesFixture.HOSPITAL_HEADER);
        for (String codeAndName : codesAndNames) {
            String[] parts = codeAndName.split("=", 2);
            file.hospital(parts[0], organisationType, parts.length == 2 ? parts[1] : "Provider " + parts[0], "TP1 1AA", "53.70",
                    "-1.40", "", "", "");
        }
        assertThat(new AdminImports(api).importAndWait(organisationType + ".csv", file.windows1252(),
                Map.of("closeMissing", "false")).get("status").asString()).isEqualTo("succeeded");
    }
}
