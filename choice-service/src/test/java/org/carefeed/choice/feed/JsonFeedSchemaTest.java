package org.carefeed.choice.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;

/** The JSON Feed 1.1 schema FeedsIT checks every feed with refuses what the specification does. */
class JsonFeedSchemaTest {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(JsonFeedSchemaTest.class.getResourceAsStream("/jsonfeed/jsonfeed-1.1.schema.json"));

    private static boolean valid(String feed) {
        return SCHEMA.validate(feed, InputFormat.JSON,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true))).isEmpty();
    }

    private static String feed(String item) {
        return "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"T\",\"items\":[" + item + "]}";
    }

    @Test
    void aMinimalFeedWithAnExtensionIsValid() {
        assertThat(valid(feed("{\"id\":\"tag:x,2026:1\",\"content_text\":\"Hello\",\"_carefeed\":{\"rating\":4},"
                + "\"date_published\":\"2026-12-08T05:10:31.356Z\",\"authors\":[{\"name\":\"Sam\"}]}"))).isTrue();
    }

    @Test
    void whatTheSpecificationRulesOutIsRefused() {
        assertThat(valid(feed("{\"content_text\":\"No id\"}"))).as("an item without id").isFalse();
        assertThat(valid(feed("{\"id\":\"1\"}"))).as("an item without content").isFalse();
        assertThat(valid(feed("{\"id\":\"1\",\"content_text\":\"x\",\"rating\":4}"))).as("a custom key without _").isFalse();
        assertThat(valid(feed("{\"id\":\"1\",\"content_text\":\"x\",\"authors\":[{}]}"))).as("an empty author").isFalse();
        assertThat(valid(feed("{\"id\":\"1\",\"content_text\":\"x\",\"date_published\":\"8 Dec 2026\"}")))
                .as("a date that is not RFC 3339").isFalse();
        assertThat(valid("{\"version\":\"https://jsonfeed.org/version/1\",\"title\":\"T\",\"items\":[]}"))
                .as("another version").isFalse();
    }
}
