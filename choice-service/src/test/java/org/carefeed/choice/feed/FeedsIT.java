package org.carefeed.choice.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.carefeed.testsupport.ProblemAssertions.assertBadParameter;
import static org.carefeed.testsupport.ProblemAssertions.assertProblem;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import org.carefeed.choice.imports.AdminImports;
import org.carefeed.choice.imports.NhsChoicesFixture;
import org.carefeed.choice.review.ReviewEvents;
import org.carefeed.events.ReviewPublished;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;

/** The review feeds, read as a feed reader would: Atom through Rome, JSON Feed as JSON. */
class FeedsIT extends IntegrationTest {

    /** Far ahead of any other test's reviews, so this test's are the newest in the feed of all providers. */
    private static final Instant LATER = Instant.parse("2090-03-01T08:00:00Z");

    private static final String AWKWARD_TITLE = "Café – naïve “quoted” <b>&amp;</b> 'single' > ]]> done";
    private static final String AWKWARD_TEXT = "First line & <i>more</i>\nsecond line\r\nthird line\ttabbed \"end\" 😀";

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    MongoTemplate mongo;

    private ReviewEvents events() {
        return new ReviewEvents(kafka);
    }

    /** Imports providers of one organisation type; each {@code CODE} or {@code CODE>PARENT}. */
    private void directory(String organisationType, String... codes) {
        NhsChoicesFixture file = NhsChoicesFixture.withHeader(NhsChoicesFixture.HOSPITAL_HEADER);
        for (String code : codes) {
            String[] parts = code.split(">", 2);
            file.hospital(parts[0], organisationType, "Provider " + parts[0], "TP1 1AA", "53.70", "-1.40",
                    parts.length == 2 ? parts[1] : "", "", "");
        }
        assertThat(new AdminImports(api()).importAndWait(organisationType + ".csv", file.windows1252(),
                Map.of("closeMissing", "false")).get("status").asString()).isEqualTo("succeeded");
    }

    private static ReviewPublished review(String providerCode, String title, String text, Instant at) {
        return ReviewPublished.of(UUID.randomUUID(), 1, providerCode, new ReviewPublished.Content(4, title, text,
                "Outpatients", YearMonth.from(at.atOffset(ZoneOffset.UTC)).toString(), "patient", "Sam O’Neil"), at);
    }

    private static Feed atom(HttpApi.Response response) throws Exception {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/atom+xml");
        WireFeedInput input = new WireFeedInput(false, Locale.UK);
        // No healing: what Rome reads is what any strict parser reads.
        input.setXmlHealerOn(false);
        return (Feed) input.build(new StringReader(response.body()));
    }

    /** JSON Feed 1.1's rules as a JSON Schema (src/test/resources/jsonfeed), checked on every feed read here. */
    private static final Schema JSON_FEED_1_1 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(FeedsIT.class.getResourceAsStream("/jsonfeed/jsonfeed-1.1.schema.json"));

    private static JsonNode json(HttpApi.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/feed+json");
        assertThat(JSON_FEED_1_1.validate(response.body(), InputFormat.JSON,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true))))
                .as("JSON Feed 1.1: %s", response.body()).isEmpty();
        JsonNode feed = response.json();
        assertThat(feed.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        return feed;
    }

    private static List<String> ids(Feed feed) {
        return feed.getEntries().stream().map(Entry::getId).toList();
    }

    private static List<String> ids(JsonNode feed) {
        List<String> ids = new ArrayList<>();
        feed.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static String entryId(ReviewPublished review) {
        return "tag:carefeed.nhs.uk,2026:review/" + review.reviewId();
    }

    private static String link(Feed feed, String rel) {
        return feed.getOtherLinks().stream().filter(l -> rel.equals(l.getRel())).map(Link::getHref).findFirst()
                .orElse(null);
    }

    /** The path and query of an absolute link this service gave. */
    private String pathOf(String href) {
        return href.substring(("http://localhost:" + port).length());
    }

    private Feed awaitAtom(String path, int entries) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> atom(api().get(path)), f -> f.getEntries().size() == entries);
    }

    @Test
    void titlesAndTextsComeThroughBothFormatsExactly() throws Exception {
        directory("Feed Exact", "FD101");
        ReviewPublished review = review("FD101", AWKWARD_TITLE, AWKWARD_TEXT, LATER);
        events().send(review);

        Feed feed = awaitAtom("/feeds/providers/FD101/reviews.atom", 1);
        Entry entry = feed.getEntries().get(0);
        assertThat(entry.getId()).isEqualTo(entryId(review));
        assertThat(entry.getTitleEx().getValue()).isEqualTo(AWKWARD_TITLE);
        assertThat(entry.getContents().get(0).getType()).isEqualTo("text");
        assertThat(entry.getContents().get(0).getValue()).isEqualTo(AWKWARD_TEXT);
        assertThat(entry.getAuthors().get(0).getName()).isEqualTo("Sam O’Neil");
        assertThat(entry.getPublished().toInstant()).isEqualTo(LATER);
        assertThat(entry.getUpdated().toInstant()).isEqualTo(LATER);
        assertThat(entry.getCategories()).anySatisfy(c -> {
            assertThat(c.getTerm()).isEqualTo("FD101");
            assertThat(c.getLabel()).isEqualTo("Provider FD101");
        });
        assertThat(feed.getId()).isEqualTo("tag:carefeed.nhs.uk,2026:feeds/providers/FD101/reviews");
        assertThat(feed.getTitleEx().getValue()).isEqualTo("Reviews of Provider FD101 (FD101)");
        assertThat(feed.getRights()).contains("Open Government Licence v3.0",
                "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
        assertThat(link(feed, "self")).endsWith("/feeds/providers/FD101/reviews.atom");
        assertThat(link(feed, "license"))
                .isEqualTo("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
        assertThat(link(feed, "next")).isNull();
        assertThat(feed.getAlternateLinks()).extracting(Link::getType)
                .containsExactlyInAnyOrder("application/feed+json", "application/json");

        JsonNode json = json(api().get("/feeds/providers/FD101/reviews.json"));
        JsonNode item = json.get("items").get(0);
        assertThat(item.get("id").asString()).isEqualTo(entryId(review));
        assertThat(item.get("title").asString()).isEqualTo(AWKWARD_TITLE);
        assertThat(item.get("content_text").asString()).isEqualTo(AWKWARD_TEXT);
        assertThat(item.get("date_published").asString()).isEqualTo("2090-03-01T08:00:00Z");
        assertThat(item.get("date_modified").asString()).isEqualTo("2090-03-01T08:00:00Z");
        assertThat(item.at("/authors/0/name").asString()).isEqualTo("Sam O’Neil");
        assertThat(item.at("/_carefeed/rating").asInt()).isEqualTo(4);
        assertThat(item.at("/_carefeed/providerCode").asString()).isEqualTo("FD101");
        assertThat(json.get("feed_url").asString()).endsWith("/feeds/providers/FD101/reviews.json");
        assertThat(json.has("next_url")).isFalse();
        assertThat(json.at("/_carefeed/licence/name").asString()).isEqualTo("Open Government Licence v3.0");
    }

    /** A second, unrelated feed library: Debian's python3-feedparser, which flags anything it finds amiss. */
    @Test
    void feedparserReadsTheAtomFeedWithoutAWarningAndTheSameText() throws Exception {
        directory("Feed Python", "FD109");
        ReviewPublished review = review("FD109", AWKWARD_TITLE, AWKWARD_TEXT, LATER);
        events().send(review);
        awaitAtom("/feeds/providers/FD109/reviews.atom", 1);

        JsonNode feed = Feedparser.read("http://localhost:" + port + "/feeds/providers/FD109/reviews.atom");

        assertThat(feed.get("version").asString()).isEqualTo("atom10");
        JsonNode entry = feed.get("entries").get(0);
        assertThat(entry.get("id").asString()).isEqualTo(entryId(review));
        assertThat(entry.get("title").asString()).isEqualTo(AWKWARD_TITLE);
        assertThat(entry.at("/content/0/type").asString()).isEqualTo("text/plain");
        assertThat(entry.at("/content/0/value").asString()).isEqualTo(AWKWARD_TEXT);
        assertThat(entry.get("author").asString()).isEqualTo("Sam O’Neil");
    }

    @Test
    void textXmlCannotHoldStillMakesWellFormedXml() throws Exception {
        directory("Feed Broken", "FD111");
        ReviewPublished review = review("FD111", "Fine title", "Fine text until an older version stored it", LATER);
        events().send(review);
        awaitAtom("/feeds/providers/FD111/reviews.atom", 1);
        // As older data may hold it: written straight into the read model, past every check at the door.
        mongo.updateFirst(query(where("_id").is(review.reviewId().toString())), new Update()
                .set("content.title", "Bell\u0007 and NUL\u0000")
                .set("content.text", "NUL\u0000, lone \uD800 surrogate, \uFFFE and \uFFFF, then 😀")
                .set("content.displayName", "Esc\u001B"), "reviews");

        HttpApi.Response response = api().get("/feeds/providers/FD111/reviews.atom");
        DocumentBuilderFactory strict = DocumentBuilderFactory.newInstance();
        strict.setNamespaceAware(true);
        strict.newDocumentBuilder().parse(new InputSource(
                new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8))));
        Entry entry = atom(response).getEntries().get(0);
        assertThat(entry.getTitleEx().getValue()).isEqualTo("Bell\uFFFD and NUL\uFFFD");
        assertThat(entry.getContents().get(0).getValue()).startsWith("NUL\uFFFD, lone ").endsWith("then 😀")
                .doesNotContain("\u0000", "\uFFFE", "\uFFFF");
        assertThat(entry.getAuthors().get(0).getName()).isEqualTo("Esc\uFFFD");
        JsonNode item = json(api().get("/feeds/providers/FD111/reviews.json")).get("items").get(0);
        assertThat(item.get("title").asString()).isEqualTo("Bell\uFFFD and NUL\uFFFD");
    }

    @Test
    void pagesWalkEveryReviewOnceNewestFirst() throws Exception {
        directory("Feed Paged", "FD121");
        List<ReviewPublished> reviews = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // Over several days, the newest two at the very same moment.
            Instant at = LATER.minus(Duration.ofHours(20L * Math.max(i - 1, 0)));
            reviews.add(review("FD121", "Review " + i, "Story " + i, at));
        }
        events().send(reviews.toArray());
        awaitAtom("/feeds/providers/FD121/reviews.atom?limit=10", 7);

        List<String> walked = new ArrayList<>();
        String path = "/feeds/providers/FD121/reviews.atom?limit=3";
        int pages = 0;
        while (path != null) {
            Feed page = atom(api().get(path));
            assertThat(page.getEntries().size()).isLessThanOrEqualTo(3);
            walked.addAll(ids(page));
            String next = link(page, "next");
            path = next == null ? null : pathOf(next);
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(walked).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                reviews.stream().map(FeedsIT::entryId).toList());
        List<String> newestFirst = reviews.stream().map(FeedsIT::entryId).toList();
        assertThat(walked.subList(0, 2)).containsExactlyInAnyOrderElementsOf(newestFirst.subList(0, 2));
        assertThat(walked.subList(2, 7)).isEqualTo(newestFirst.subList(2, 7));

        List<String> walkedJson = new ArrayList<>();
        String jsonPath = "/feeds/providers/FD121/reviews.json?limit=2";
        while (jsonPath != null) {
            JsonNode page = json(api().get(jsonPath));
            walkedJson.addAll(ids(page));
            jsonPath = page.has("next_url") ? pathOf(page.get("next_url").asString()) : null;
        }
        assertThat(walkedJson).isEqualTo(walked);
    }

    @Test
    void aWithdrawnReviewLeavesEveryFeedAtOnce() throws Exception {
        directory("Feed Withdrawn", "FD131");
        ReviewPublished stays = review("FD131", "Stays", "This one stays in the feeds", LATER.plusSeconds(1));
        ReviewPublished goes = review("FD131", "Goes", "This one is withdrawn", LATER.plusSeconds(2));
        events().send(stays, goes);
        awaitAtom("/feeds/providers/FD131/reviews.atom", 2);
        assertThat(ids(atom(api().get("/feeds/types/feed-withdrawn/reviews.atom"))))
                .containsExactly(entryId(goes), entryId(stays));
        assertThat(ids(atom(api().get("/feeds/reviews.atom?limit=100")))).contains(entryId(goes), entryId(stays));

        events().send(ReviewEvents.withdrawn(goes, 2, LATER.plusSeconds(60)));

        awaitAtom("/feeds/providers/FD131/reviews.atom", 1);
        assertThat(ids(atom(api().get("/feeds/types/feed-withdrawn/reviews.atom")))).containsExactly(entryId(stays));
        assertThat(ids(atom(api().get("/feeds/reviews.atom?limit=100")))).contains(entryId(stays))
                .doesNotContain(entryId(goes));
        assertThat(ids(json(api().get("/feeds/reviews.json?limit=100")))).doesNotContain(entryId(goes));
    }

    @Test
    void aResponseMovesUpdatedButNeverTheId() throws Exception {
        directory("Feed Answered", "FD141");
        ReviewPublished review = review("FD141", "Answered", "The provider will answer this", LATER);
        events().send(review);
        Entry before = awaitAtom("/feeds/providers/FD141/reviews.atom", 1).getEntries().get(0);
        assertThat(before.getUpdated().toInstant()).isEqualTo(LATER);

        Instant answered = LATER.plus(Duration.ofHours(3));
        events().send(ReviewEvents.response(review, 2, "Thank you & sorry <3", answered, answered));

        Entry after = await().atMost(Duration.ofSeconds(30)).until(
                () -> atom(api().get("/feeds/providers/FD141/reviews.atom")).getEntries().get(0),
                e -> e.getUpdated().toInstant().equals(answered));
        assertThat(after.getId()).isEqualTo(before.getId()).isEqualTo(entryId(review));
        assertThat(after.getPublished().toInstant()).isEqualTo(LATER);
        JsonNode item = json(api().get("/feeds/providers/FD141/reviews.json")).get("items").get(0);
        assertThat(item.get("date_modified").asString()).isEqualTo(answered.toString());
        assertThat(item.at("/_carefeed/response/text").asString()).isEqualTo("Thank you & sorry <3");
        assertThat(item.at("/_carefeed/response/responderName").asString()).isEqualTo("Provider FD141");
    }

    @Test
    void anOrganisationsFeedHasItsOwnAndItsSitesReviews() throws Exception {
        directory("Feed Trust", "FDT1", "FDT2");
        directory("Feed Site", "FD151>FDT1", "FD152>FDT1", "FD153>FDT2");
        ReviewPublished trust = review("FDT1", "Trust", "About the trust itself", LATER.plusSeconds(10));
        ReviewPublished first = review("FD151", "First site", "About the first site", LATER.plusSeconds(20));
        ReviewPublished second = review("FD152", "Second site", "About the second site", LATER.minus(Duration.ofDays(3)));
        ReviewPublished elsewhere = review("FD153", "Elsewhere", "About another trust's site", LATER.plusSeconds(30));
        events().send(trust, first, second, elsewhere);

        Feed feed = awaitAtom("/feeds/organisations/FDT1/reviews.atom", 3);
        assertThat(ids(feed)).containsExactly(entryId(first), entryId(trust), entryId(second));
        assertThat(feed.getTitleEx().getValue()).isEqualTo("Reviews of Provider FDT1 (FDT1) and its sites");
        assertThat(ids(json(api().get("/feeds/organisations/FDT1/reviews.json?limit=2"))))
                .containsExactly(entryId(first), entryId(trust));

        JsonNode profile = api().get("/api/providers/FDT1").json();
        assertThat(profile.at("/feeds/atom").asString()).endsWith("/feeds/providers/FDT1/reviews.atom");
        assertThat(profile.at("/feeds/json").asString()).endsWith("/feeds/providers/FDT1/reviews.json");
        assertThat(profile.at("/feeds/withSites/atom").asString()).endsWith("/feeds/organisations/FDT1/reviews.atom");
        assertThat(api().get("/api/providers/FD151").json().at("/feeds/withSites").isNull()).isTrue();
        assertThat(ids(atom(api().get(pathOf(profile.at("/feeds/atom").asString()))))).containsExactly(entryId(trust));
    }

    @Test
    void aTypesFeedHasOnlyThatTypesReviews() throws Exception {
        directory("Feed Clinic", "FD161", "FD162");
        directory("Feed Surgery", "FD163");
        ReviewPublished clinic = review("FD161", "Clinic", "About one clinic", LATER.plusSeconds(40));
        ReviewPublished otherClinic = review("FD162", "Other clinic", "About another clinic", LATER.minusSeconds(40));
        ReviewPublished surgery = review("FD163", "Surgery", "About a surgery", LATER);
        events().send(clinic, otherClinic, surgery);

        Feed feed = awaitAtom("/feeds/types/feed-clinic/reviews.atom", 2);
        assertThat(ids(feed)).containsExactly(entryId(clinic), entryId(otherClinic));
        assertThat(ids(awaitAtom("/feeds/types/feed-surgery/reviews.atom", 1))).containsExactly(entryId(surgery));
        assertThat(ids(json(api().get("/feeds/types/feed-clinic/reviews.json")))).containsExactly(entryId(clinic),
                entryId(otherClinic));
    }

    @Test
    void clientMistakesGetProblemDetails() {
        directory("Feed Mistakes", "FD171");
        assertProblem(api().get("/feeds/providers/FD179/reviews.atom"), 404);
        assertProblem(api().get("/feeds/providers/not%20a%20code/reviews.json"), 404);
        assertProblem(api().get("/feeds/organisations/FD179/reviews.atom"), 404);
        assertProblem(api().get("/feeds/types/no-such-type/reviews.atom"), 404);
        assertBadParameter(api().get("/feeds/types/Not_A_Type/reviews.atom"), "type");
        assertBadParameter(api().get("/feeds/providers/FD171/reviews.atom?cursor=bm90IGEgY3Vyc29y"), "cursor");
        assertBadParameter(api().get("/feeds/reviews.json?cursor=%25%25"), "cursor");
        assertBadParameter(api().get("/feeds/reviews.atom?limit=0"), "limit");
        assertBadParameter(api().get("/feeds/reviews.atom?limit=101"), "limit");
        assertBadParameter(api().get("/feeds/reviews.json?limit=many"), "limit");
        assertProblem(api().withHeader("Accept", "application/atom+xml").get("/feeds/reviews.atom?limit=0"), 400);
        assertProblem(api().get("/feeds/reviews.xml"), 404);
    }
}
