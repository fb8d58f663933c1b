package org.carefeed.choice.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.carefeed.choice.imports.GenericCsvFile;
import org.carefeed.choice.imports.ImportFormat;
import org.carefeed.choice.imports.NhsChoicesFile;
import org.carefeed.choice.imports.Row;
import org.carefeed.events.ProviderCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataTest {

    @TempDir
    Path folder;

    @Test
    void demoDirectoryIsAValidNhsChoicesFileOfFictionalProviders() throws Exception {
        Path file = Files.write(folder.resolve("directory.csv"), DemoData.directoryFile());

        assertThat(ImportFormat.detect(file)).isEqualTo(ImportFormat.NHS_CHOICES_ORGANISATIONS);
        List<String> codes = new ArrayList<>();
        try (NhsChoicesFile directory = NhsChoicesFile.open(file, List.of("OrganisationCode", "OrganisationName"))) {
            for (Row row : directory) {
                codes.add(row.require("OrganisationCode"));
                assertThat(row.require("Postcode")).startsWith("ZZ99 ");
            }
        }
        assertThat(codes).hasSize(13).allMatch(code -> code.startsWith("ZZ") && ProviderCodes.isValid(code));
    }

    @Test
    void demoIndicatorsAreAValidGenericCsv() throws Exception {
        Path file = Files.writeString(folder.resolve("indicators.csv"), DemoData.indicatorsFile());

        assertThat(ImportFormat.detect(file)).isEqualTo(ImportFormat.INDICATOR_CSV);
        int rows = 0;
        try (GenericCsvFile csv = GenericCsvFile.open(file)) {
            for (Row row : csv) {
                rows++;
                assertThat(row.require("provider_code")).startsWith("ZZ");
                assertThat(row.require("indicator")).isNotBlank();
            }
        }
        assertThat(rows).as("2 indicators x 2 periods x 9 hospitals and practices").isEqualTo(36);
    }
}
