package org.carefeed.choice.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.carefeed.testsupport.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.carefeed.choice.review.ReviewEvents;
import org.carefeed.events.ReviewPublished;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/** The downloads as a developer or a spreadsheet reads them: parsed back as CSV. */
class DownloadsIT extends IntegrationTest {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    MongoTemplate mongo;

    @Test
    void everyPublishedReviewRoundTripsExactlyAndAWithdrawnOneIsGone() throws Exception {
        Instant at = Instant.parse("2026-11-20T10:00:00Z");
        String awkward = "Café “quoted” \"twice\", <b>&amp;</b>\nnaïve – 你好";
        ReviewPublished kept = ReviewEvents.published("DL001", 4, awkward, at);
        ReviewPublished formula = ReviewEvents.published("DL001", 1, "=HYPERLINK(\"http://evil\")", at.plusSeconds(60));
        ReviewPublished gone = ReviewEvents.published("DL001", 2, "Soon withdrawn", at.plusSeconds(120));
        ReviewEvents events = new ReviewEvents(kafka);
        events.send(kept, formula, gone, ReviewEvents.response(kept, 2, "Thank you, \"truly\".", at.plusSeconds(600),
                at.plusSeconds(600)));
        // All three listed first, so that two listed afterwards means the withdrawal was applied.
        await().atMost(Duration.ofSeconds(30)).until(
                () -> api().get("/api/providers/DL001/reviews").json().get("total").asLong() == 3);
        events.send(ReviewEvents.withdrawn(gone, 2, at.plusSeconds(700)));
        await().atMost(Duration.ofSeconds(30)).until(
                () -> api().get("/api/providers/DL001/reviews").json().get("total").asLong() == 2);

        HttpApi.Response download = api().get("/downloads/reviews.csv");

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("text/csv").contains("charset=UTF-8", "header=present");
        assertThat(download.header("Content-Disposition")).contains("carefeed-reviews.csv");
        assertThat(download.headers().allValues("Link")).anyMatch(link -> link.contains("rel=\"license\"")
                && link.contains("open-government-licence"));
        assertThat(download.header("Cache-Control")).isEqualTo("public, no-cache");
        assertThat(download.header("ETag")).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(download.body()).as("RFC 4180 line ends").contains("\r\n");
        Map<String, Map<String, String>> byId = rowsById(download.body(), "review_id");
        assertThat(byId).doesNotContainKey(gone.reviewId().toString());
        Map<String, String> row = byId.get(kept.reviewId().toString());
        assertThat(row).containsEntry("provider_code", "DL001").containsEntry("rating", "4")
                .containsEntry("title", awkward).containsEntry("text", "Story of " + awkward)
                .containsEntry("published_at", "2026-11-20T10:00:00Z")
                .containsEntry("response_text", "Thank you, \"truly\".");
        assertThat(byId.get(formula.reviewId().toString()).get("title"))
                .as("a spreadsheet shows it as text rather than running it").isEqualTo("'=HYPERLINK(\"http://evil\")");
    }

    @Test
    void theLatestValueOfEachIndicatorIsDownloadedOnce() {
        mongo.insert(indicator("DLI1", "Cleanliness", "2024", 71.5), "indicator_values");
        mongo.insert(indicator("DLI1", "Cleanliness", "2025", 12_500_000.0), "indicator_values");
        mongo.insert(indicator("DLI1", "Cleanliness", "2023", 70.0), "indicator_values");
        mongo.insert(indicator("DLI1", "Waiting", "2025", null), "indicator_values");

        List<Map<String, String>> rows = rows(api().get("/downloads/indicators.csv").body()).stream()
                .filter(row -> row.get("provider_code").equals("DLI1")).toList();

        assertThat(rows).extracting(row -> row.get("indicator") + " " + row.get("period") + " " + row.get("value"))
                .containsExactly("Cleanliness 2025 12500000", "Waiting 2025 ");
    }

    @Test
    void theIndexDescribesEveryColumnOfEveryDownload() {
        JsonNode index = api().get("/downloads").json();

        List<String> names = new ArrayList<>();
        index.get("downloads").forEach(download -> {
            names.add(download.get("name").asString());
            assertThat(download.get("licence").get("url").asString()).startsWith("https://");
            assertThat(download.get("provenance").asString()).isNotBlank();
            download.get("columns").forEach(column -> assertThat(column.get("description").asString()).isNotBlank());
            List<String> described = new ArrayList<>();
            download.get("columns").forEach(column -> described.add(column.get("name").asString()));
            String file = api().get(download.get("url").asString()).body();
            assertThat(file.substring(0, file.indexOf("\r\n"))).as("the header row of " + names.get(names.size() - 1))
                    .isEqualTo(String.join(",", described));
        });
        assertThat(names).containsExactlyInAnyOrder("providers", "indicators", "reviews", "figures",
                "moderation-statistics", "complaint-statistics", "organisation-complaint-statistics");
    }

    @Test
    void anUnknownDownloadIsANotFoundProblem() {
        assertProblem(api().get("/downloads/complaints.csv"), 404);
    }

    private static Document indicator(String provider, String indicator, String period, Double value) {
        return new Document("_id", provider + "|" + indicator + "|" + period).append("providerCode", provider)
                .append("indicator", indicator).append("period", period).append("value", value)
                .append("source", "Test publisher").append("sourceFile", "test.csv")
                .append("importedAt", Date.from(Instant.parse("2026-11-01T00:00:00Z")));
    }

    private static Map<String, Map<String, String>> rowsById(String csv, String idColumn) {
        Map<String, Map<String, String>> byId = new HashMap<>();
        rows(csv).forEach(row -> byId.put(row.get(idColumn), row));
        return byId;
    }

    /** Each row by column name, in the header's order. */
    private static List<Map<String, String>> rows(String csv) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> lines = CSV.readerForListOf(String.class).readValues(csv)) {
            List<String> header = lines.hasNext() ? lines.next() : List.of();
            while (lines.hasNext()) {
                List<String> values = lines.next();
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), values.get(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
