package org.carefeed.testsupport.indexes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * Every query indexed: each query shape the other integration tests made the service send (see
 * {@link RecordedQueries}) must be served by an index the service declares (see
 * {@link DeclaredIndex#serves}). The mongo-java-server the tests run against ignores indexes that are
 * not unique, so without this check a missing index shows only in production.
 *
 * <p>Each service runs it by extending this class; {@link IndexCheckLast} runs it after the others. It
 * writes the shapes and their indexes to {@code target/query-shapes.md}, and checks that the service's
 * section of {@code docs/indexes.md} holds them; after a change, run the module's integration tests
 * with {@code -Dcarefeed.indexes.update-docs=true} to rewrite that section.
 */
public abstract class EveryQueryIndexed extends IntegrationTest {

    private static final Path TABLE = Path.of("target", "query-shapes.md");
    private static final Path DOCS = Path.of("..", "docs", "indexes.md");

    @Value("${spring.application.name}")
    private String service;

    /**
     * Shapes left without an index on purpose, named as the table names them ({@code collection: shape}),
     * each with the reason.
     */
    protected Map<String, String> unindexedOnPurpose() {
        return Map.of();
    }

    @Test
    void everyQueryTheServiceSentIsServedByAnIndexItDeclares() throws IOException {
        ShapeTable table = ShapeTable.of(RecordedQueries.INSTANCE, unindexedOnPurpose());
        String markdown = "# Query shapes of " + service + "\n\n" + table.markdown();
        Files.createDirectories(TABLE.getParent());
        Files.writeString(TABLE, markdown);
        System.out.println(markdown);
        IndexDocs docs = new IndexDocs(DOCS, service);
        if (Boolean.getBoolean("carefeed.indexes.update-docs")) {
            docs.update(table);
        }

        List<String> undocumented = docs.missing(table);

        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(table.unserved()).as("query shapes no declared index serves (table in %s)",
                    TABLE.toAbsolutePath()).isEmpty();
            softly.assertThat(table.servedDespiteAllowlist()).as("allowlisted as unindexed, but an index serves them now")
                    .isEmpty();
            softly.assertThat(undocumented).as("rows missing from %s: copy them from %s, or run the module's "
                    + "integration tests with -Dcarefeed.indexes.update-docs=true", DOCS.normalize(), TABLE).isEmpty();
        });
    }
}
