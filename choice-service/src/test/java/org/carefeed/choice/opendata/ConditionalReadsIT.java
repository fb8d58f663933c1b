package org.carefeed.choice.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.carefeed.testsupport.ProblemAssertions.assertBadParameter;
import static org.carefeed.testsupport.ProblemAssertions.assertProblem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

import org.carefeed.choice.imports.AdminImports;
import org.carefeed.choice.imports.NhsChoicesFixture;
import org.carefeed.choice.imports.TestProviders;
import org.carefeed.choice.review.ReviewEvents;
import org.carefeed.events.ReviewPublished;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.carefeed.testsupport.MongoCommands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Feeds, API reads and downloads carry strong ETags and Last-Modified made from the data's versions, and
 * answer a conditional request with a 304 without reading the reviews: the MongoDB client's commands
 * during the request are recorded and none is about a review collection.
 */
class ConditionalReadsIT extends IntegrationTest {

    /** Where reviews and what is made of them are kept: a 304 must not touch any of them. */
    private static final Set<String> REVIEW_COLLECTIONS = Set.of("reviews", "review_listings",
            "review_listing_days", "review_outcomes", "provider_summaries", "provider_tallies", "tally_entries");

    private static final Instant LATER = Instant.parse("2091-01-05T08:00:00Z");

    @Autowired
    KafkaTemplate<String, String> kafka;

    private ReviewEvents events() {
        return new ReviewEvents(kafka);
    }

    private HttpApi.Response ifNoneMatch(String path, String etag) {
        return api().withHeader("If-None-Match", etag).get(path);
    }

    /** The request's answer, and the commands the service sent to MongoDB for it. */
    private record Recorded(HttpApi.Response response, List<MongoCommands.Command> commands) {

        List<String> collections() {
            return commands.stream().map(MongoCommands.Command::collection).distinct().toList();
        }
    }

    private static Recorded recorded(Supplier<HttpApi.Response> request) {
        MongoCommands.record();
        HttpApi.Response response = request.get();
        List<MongoCommands.Command> commands = MongoCommands.stop().stream()
                .filter(MongoCommands.Command::fromWebRequest).toList();
        return new Recorded(response, commands);
    }

    private static void assertStrong(HttpApi.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("ETag")).matches("\"[A-Za-z0-9_-]{22}\"");
    }

    /** A 304 for the ETag just served, having read only the versions (and, for some, the directory). */
    private Recorded assertNotModifiedWithoutReadingReviews(String path) {
        HttpApi.Response first = api().get(path);
        assertStrong(first);
        Recorded again = recorded(() -> ifNoneMatch(path, first.header("ETag")));
        assertThat(again.response().status()).as(again.response().body()).isEqualTo(304);
        assertThat(again.response().body()).isEmpty();
        assertThat(again.response().header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again.collections()).contains(DataVersions.COLLECTION).doesNotContainAnyElementsOf(REVIEW_COLLECTIONS);
        return again;
    }

    @Test
    void aFeedAnswers304WithoutReadingReviewsUntilANewReviewIsPublished() throws Exception {
        TestProviders.open(api(), "Conditional Feed", "CR101");
        String path = "/feeds/providers/CR101/reviews.atom";
        events().send(ReviewEvents.published("CR101", 4, "First", LATER));
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get(path).body().contains("First"));

        HttpApi.Response first = api().get(path);
        assertStrong(first);
        assertThat(first.header("Cache-Control")).contains("no-cache");
        assertThat(first.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Accept-Encoding"));
        assertThat(first.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Origin"));
        Recorded again = assertNotModifiedWithoutReadingReviews(path);
        assertThat(again.response().header("Cache-Control")).contains("no-cache");
        // The JSON Feed of the same reviews is other bytes: another ETag.
        assertThat(api().get("/feeds/providers/CR101/reviews.json").header("ETag")).isNotEqualTo(first.header("ETag"));

        ReviewPublished second = ReviewEvents.published("CR101", 2, "Second", LATER.plusSeconds(60));
        events().send(second);
        HttpApi.Response changed = await().atMost(Duration.ofSeconds(30))
                .until(() -> ifNoneMatch(path, first.header("ETag")), response -> response.status() != 304);
        assertStrong(changed);
        assertThat(changed.body()).contains("Second");
        assertThat(changed.header("ETag")).isNotEqualTo(first.header("ETag"));
        assertThat(ifNoneMatch(path, changed.header("ETag")).status()).isEqualTo(304);

        // A withdrawal is a change too: the copy holding the review is not current any more.
        events().send(ReviewEvents.withdrawn(second, 2, LATER.plusSeconds(120)));
        HttpApi.Response withdrawn = await().atMost(Duration.ofSeconds(30))
                .until(() -> ifNoneMatch(path, changed.header("ETag")), response -> response.status() != 304);
        assertThat(withdrawn.body()).doesNotContain("Second");
    }

    @Test
    void anOrganisationsFeedChangesWithAReviewOfOneOfItsSites() throws Exception {
        NhsChoicesFixture file = NhsChoicesFixture.withHeader(NhsChoicesFixture.HOSPITAL_HEADER);
        file.hospital("CR601", "Conditional Trust", "Trust CR601", "TP1 1AA", "53.70", "-1.40", "", "", "");
        file.hospital("CR602", "Conditional Trust", "Site CR602", "TP1 1AA", "53.70", "-1.40", "CR601", "", "");
        assertThat(new AdminImports(api()).importAndWait("conditional-trust.csv", file.windows1252(),
                Map.of("closeMissing", "false")).get("status").asString()).isEqualTo("succeeded");
        String path = "/feeds/organisations/CR601/reviews.json";
        events().send(ReviewEvents.published("CR601", 4, "Trust itself", LATER));
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get(path).body().contains("Trust itself"));
        HttpApi.Response first = api().get(path);
        assertStrong(first);
        assertNotModifiedWithoutReadingReviews(path);

        events().send(ReviewEvents.published("CR602", 5, "At the site", LATER.plusSeconds(30)));
        HttpApi.Response changed = await().atMost(Duration.ofSeconds(30))
                .until(() -> ifNoneMatch(path, first.header("ETag")), response -> response.status() != 304);
        assertStrong(changed);
        assertThat(changed.body()).contains("At the site");
    }

    @Test
    void aProvidersReviewsAndItsProfileAnswer304WithoutReadingReviews() throws Exception {
        TestProviders.open(api(), "Conditional List", "CR201");
        events().send(ReviewEvents.published("CR201", 5, "Listed", LATER));
        String reviews = "/api/providers/CR201/reviews?limit=5";
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get(reviews).body().contains("Listed"));

        Recorded list = assertNotModifiedWithoutReadingReviews(reviews);
        assertThat(list.collections()).containsExactly(DataVersions.COLLECTION);
        assertThat(ifNoneMatch("/api/providers/CR201/reviews?limit=6", api().get(reviews).header("ETag")).status())
                .as("another page size is another body").isEqualTo(200);

        // The profile shows whether the provider is open this minute: its ETag moves with the minute.
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            Recorded profile = assertNotModifiedWithoutReadingReviews("/api/providers/CR201");
            assertThat(profile.response().header("Cache-Control")).contains("max-age=60");
        });
        await().atMost(Duration.ofSeconds(90)).untilAsserted(
                () -> assertNotModifiedWithoutReadingReviews("/api/providers/CR201/rating"));
    }

    @Test
    void downloadsAnswer304WithoutReadingTheirRows() throws Exception {
        TestProviders.open(api(), "Conditional Download", "CR301");
        events().send(ReviewEvents.published("CR301", 3, "Downloaded", LATER));
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get("/downloads/reviews.csv").body().contains("Downloaded"));

        Recorded reviews = assertNotModifiedWithoutReadingReviews("/downloads/reviews.csv");
        assertThat(reviews.collections()).containsExactly(DataVersions.COLLECTION);
        Recorded providers = assertNotModifiedWithoutReadingReviews("/downloads/providers.csv");
        assertThat(providers.collections()).containsExactly(DataVersions.COLLECTION);
    }

    @Test
    void ifModifiedSinceIsAnsweredFromTheLastChange() throws Exception {
        TestProviders.open(api(), "Conditional Since", "CR401");
        events().send(ReviewEvents.published("CR401", 4, "Since", LATER));
        String path = "/feeds/providers/CR401/reviews.json";
        // Last-Modified is given once the second of the last change is over (until then the ETag serves).
        HttpApi.Response dated = await().atMost(Duration.ofSeconds(30)).until(() -> api().get(path),
                response -> response.body().contains("Since") && response.header("Last-Modified") != null);
        String lastModified = dated.header("Last-Modified");
        ZonedDateTime at = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME);

        Recorded notModified = recorded(() -> api().withHeader("If-Modified-Since", lastModified).get(path));
        assertThat(notModified.response().status()).isEqualTo(304);
        assertThat(notModified.collections()).doesNotContainAnyElementsOf(REVIEW_COLLECTIONS);
        String earlier = DateTimeFormatter.RFC_1123_DATE_TIME.format(at.minusSeconds(1).withZoneSameInstant(ZoneOffset.UTC));
        assertThat(api().withHeader("If-Modified-Since", earlier).get(path).status()).isEqualTo(200);
        // If-None-Match wins over If-Modified-Since (RFC 9110, 13.1.3).
        assertThat(api().withHeader("If-Modified-Since", lastModified).withHeader("If-None-Match", "\"other\"")
                .get(path).status()).isEqualTo(200);
    }

    @Test
    void gzippedBodiesHaveAnETagOfTheirOwn() throws Exception {
        TestProviders.open(api(), "Conditional Gzip", "CR501");
        events().send(ReviewEvents.published("CR501", 4, "Squeezed", LATER));
        String path = "/feeds/providers/CR501/reviews.atom";
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get(path).body().contains("Squeezed"));

        HttpApi.Response plain = api().get(path);
        HttpResponse<byte[]> gzipped = raw(path, "gzip", null);
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Accept-Encoding"));
        String etag = gzipped.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).doesNotStartWith("W/").isNotEqualTo(plain.header("ETag"));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
        }
        assertThat(raw(path, "gzip, deflate", etag).statusCode()).isEqualTo(304);
        // The gzipped ETag does not name the plain bytes, nor the plain ETag the gzipped ones.
        assertThat(ifNoneMatch(path, etag).status()).isEqualTo(200);
        assertThat(raw(path, "gzip", plain.header("ETag")).statusCode()).isEqualTo(200);
        assertThat(raw(path, "gzip;q=0", plain.header("ETag")).statusCode()).isEqualTo(304);

        // A download is streamed through the same compression.
        HttpResponse<byte[]> csv = raw("/downloads/reviews.csv", "gzip", null);
        assertThat(csv.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(csv.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("review_id,").contains("Squeezed");
        }
    }

    private HttpResponse<byte[]> raw(String path, String acceptEncoding, String ifNoneMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", acceptEncoding).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void badCursorsUnknownNamesAndOversizePagesAreProblemsNeverServerErrors() {
        assertBadParameter(api().get("/feeds/reviews.atom?cursor=not-a-cursor"), "cursor");
        assertBadParameter(api().get("/feeds/reviews.json?limit=1000"), "limit");
        assertBadParameter(api().get("/api/providers/CR101/reviews?cursor=%25%25"), "cursor");
        assertBadParameter(api().get("/api/providers/CR101/reviews?limit=101"), "limit");
        assertBadParameter(api().get("/api/providers?limit=0"), "limit");
        assertBadParameter(api().get("/api/providers?cursor=bm90LWEtY3Vyc29y"), "cursor");
        assertProblem(api().get("/feeds/providers/NOSUCH9/reviews.atom"), 404);
        assertProblem(api().get("/feeds/types/no-such-type/reviews.json"), 404);
        assertProblem(api().get("/downloads/no-such-file.csv"), 404);
        assertProblem(api().get("/api/providers/NOSUCH9"), 404);
    }
}
