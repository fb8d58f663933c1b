package org.carefeed.choice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.carefeed.choice.imports.GenericCsvFile;
import org.carefeed.choice.imports.NhsChoicesFixture;
import org.carefeed.testsupport.EmbeddedInfrastructure;
import org.carefeed.testsupport.indexes.RecordQueryShapes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The operators' import, run as the command line runs it: no web server, no listeners, a folder of
 * files, an exit code. Uses a database of its own.
 */
class ImportCommandIT {

    @TempDir
    Path folder;

    /**
     * Runs {@code import <path>} through the same set-up as {@code main}, which then calls System.exit;
     * infrastructure given as arguments, as an operator would. Its queries are recorded for the index check.
     */
    private int run(String path) {
        SpringApplication command = ChoiceServiceApplication.importCommand();
        command.addPrimarySources(List.of(RecordQueryShapes.class));
        ConfigurableApplicationContext context = command.run(
                ChoiceServiceApplication.importArguments(new String[] {"import", path,
                        "--spring.mongodb.uri=" + EmbeddedInfrastructure.mongoUri(),
                        "--spring.mongodb.database=carefeed-choice-command-test",
                        "--spring.kafka.bootstrap-servers=" + EmbeddedInfrastructure.kafkaBootstrapServers()}));
        MongoTemplate mongo = context.getBean(MongoTemplate.class);
        providers = mongo.getCollection("providers").countDocuments();
        indicatorValues = mongo.getCollection("indicator_values").countDocuments();
        return SpringApplication.exit(context);
    }

    private long providers;
    private long indicatorValues;

    @Test
    void importsEveryCsvOfAFolderDirectoryFirstAndExitsZero() throws Exception {
        Files.writeString(folder.resolve("a-indicators.csv"), GenericCsvFile.HEADER + "\nCMD01,Would recommend,2025,90,%,,Test,\n");
        Files.write(folder.resolve("b-directory.csv"), NhsChoicesFixture.withHeader(NhsChoicesFixture.HOSPITAL_HEADER)
                .hospital("CMD01", "Command Site", "First Site", "CM1 1AA", "", "", "", "", "")
                .hospital("CMD02", "Command Site", "Second Site", "CM1 1AB", "", "", "", "", "")
                .windows1252());
        Files.writeString(folder.resolve("README.md"), "Not data.");
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            exit = run(folder.toString());
        } finally {
            System.setOut(console);
        }

        assertThat(exit).isZero();
        assertThat(providers).isEqualTo(2);
        assertThat(indicatorValues).isEqualTo(1);
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output.indexOf("b-directory.csv (nhs-choices-organisations): succeeded")).as(output).isNotNegative()
                .isLessThan(output.indexOf("a-indicators.csv (indicator-csv): succeeded"));
        assertThat(output).doesNotContain("README.md").contains("Peak heap");
    }

    @Test
    void exitsOneWhenAFileIsRefused() throws Exception {
        Path notData = Files.writeString(folder.resolve("notes.csv"), "just some notes\n");

        assertThat(run(notData.toString())).isEqualTo(1);
    }
}
