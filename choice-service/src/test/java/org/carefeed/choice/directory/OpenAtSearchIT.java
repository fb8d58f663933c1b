package org.carefeed.choice.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import org.bson.BsonDocument;
import org.carefeed.choice.hours.OpeningHours;
import org.carefeed.choice.imports.AdminImports;
import org.carefeed.choice.imports.NhsChoicesFixture;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/**
 * Search by opening time without a place: found through the providers' clock keys, a page at a time,
 * in UK time. Two small directories of their own types: "clock-site", a few providers with hours that
 * test the rules, and "busy-site", 1,010 providers open on weekdays, to show that a page reads only its
 * own providers and one more, and that totals over free filters stop counting at 1,000.
 * Dates are in 2026: Friday 25 December and Sunday 27 December are additional dates.
 */
class OpenAtSearchIT extends IntegrationTest {

    private static final String CLOCK_SITES = "clock-site";
    private static final String BUSY_SITES = "busy-site";
    private static final int BUSY = 1010;
    private static boolean imported;
    private static MongoClient countingClient;

    @Autowired
    MongoTemplate mongo;

    @Value("${spring.mongodb.uri}")
    String mongoUri;

    private AdminImports imports() {
        return new AdminImports(api());
    }

    @BeforeEach
    void directories() {
        if (imported) {
            return;
        }
        importOk("clock-sites.csv", NhsChoicesFixture.withHeader(NhsChoicesFixture.HOSPITAL_HEADER)
                .hospital("CLK1", "Clock Site", "Late Night Pharmacy", "CL1 1AA", "", "", "", "", "")
                .hospital("CLK2", "Clock Site", "Weekday Surgery", "CL1 1AB", "", "", "", "", "")
                .hospital("CLK3", "Clock Site", "Sunday Clinic", "CL1 1AC", "", "", "", "", "")
                .hospital("CLK4", "Clock Site", "Hours Unknown Centre", "CL1 1AD", "", "", "", "", "")
                .hospital("CLK5", "Clock Site", "All Hours Hospital", "CL1 1AE", "", "", "", "", ""));
        NhsChoicesFixture hours = NhsChoicesFixture.withHeader(PublishedSetIT.OPENING_TIMES)
                .row(hoursRow("CLK1", "Friday", "18:00-02:00"))
                .row(additional("CLK3", "Dec 27 2026", "True", "10:00-14:00"))
                .row(hoursRow("CLK3", "Monday", "09:00-17:00"))
                .row(additional("CLK2", "Dec 25 2026", "False", ""));
        for (String day : List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")) {
            hours.row(hoursRow("CLK2", day, "09:00-17:00"));
        }
        for (String day : List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")) {
            hours.row(hoursRow("CLK5", day, "00:00-24:00"));
        }
        importOk("ClockSiteOpeningTimes.csv", hours);

        NhsChoicesFixture busy = NhsChoicesFixture.withHeader(NhsChoicesFixture.HOSPITAL_HEADER);
        NhsChoicesFixture busyHours = NhsChoicesFixture.withHeader(PublishedSetIT.OPENING_TIMES);
        for (int i = 1; i <= BUSY; i++) {
            String code = String.format("BSY%04d", i);
            busy.hospital(code, "Busy Site", "Busy Site " + code, "BS1 1AA", "", "", "", "", "");
            for (String day : List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")) {
                busyHours.row(hoursRow(code, day, "08:00-18:30"));
            }
        }
        importOk("busy-sites.csv", busy);
        importOk("BusySiteOpeningTimes.csv", busyHours);
        imported = true;
    }

    @AfterAll
    static void closeCountingClient() {
        if (countingClient != null) {
            countingClient.close();
        }
    }

    private void importOk(String name, NhsChoicesFixture file) {
        JsonNode job = imports().importAndWait(name, file.windows1252());
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.get("rowsRejected").asLong()).as(job.toString()).isZero();
    }

    private static String hoursRow(String code, String day, String times) {
        return String.join("¬", NhsChoicesFixture.organisationId(code), day, times, "True", "General", "");
    }

    private static String additional(String code, String date, String isOpen, String times) {
        return String.join("¬", NhsChoicesFixture.organisationId(code), "", times, isOpen, "Additional", date);
    }

    private HttpApi.Response search(String query) {
        HttpApi.Response response = api().get("/api/providers?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private List<String> openAt(String time) {
        return codes(search("type=" + CLOCK_SITES + "&openAt=" + time));
    }

    private static List<String> codes(HttpApi.Response page) {
        List<String> codes = new ArrayList<>();
        page.json().get("items").forEach(item -> codes.add(item.get("code").asString()));
        return codes;
    }

    @Test
    void aPeriodPastMidnightIsOpenUntilItClosesTheNextMorning() {
        // Friday 4 December 2026, and the Saturday after.
        assertThat(openAt("2026-12-04T17:59")).containsExactly("CLK5");
        assertThat(openAt("2026-12-04T23:30")).containsExactly("CLK5", "CLK1");
        assertThat(openAt("2026-12-05T01:59")).containsExactly("CLK5", "CLK1");
        assertThat(openAt("2026-12-05T02:00")).containsExactly("CLK5");
    }

    @Test
    void anAdditionalDateClosedClosesAProviderThatIsUsuallyOpen() {
        assertThat(openAt("2026-12-18T10:00")).as("an ordinary Friday").containsExactly("CLK5", "CLK2");
        assertThat(openAt("2026-12-25T10:00")).as("Christmas Day").containsExactly("CLK5");
        assertThat(openAt("2026-12-25T23:30")).as("the late pharmacy keeps its Friday").containsExactly("CLK5", "CLK1");
    }

    @Test
    void anAdditionalDateOpenOpensAProviderThatIsUsuallyClosed() {
        assertThat(openAt("2026-12-20T11:00")).as("an ordinary Sunday").containsExactly("CLK5");
        assertThat(openAt("2026-12-27T11:00")).as("Sunday 27 December").containsExactly("CLK5", "CLK3");
        assertThat(openAt("2026-12-27T14:00")).as("closed again").containsExactly("CLK5");
        assertThat(openAt("2026-12-28T10:00")).as("its usual Monday").containsExactly("CLK5", "CLK3", "CLK2");
    }

    @Test
    void timesAreUkTimeInSummerAndInWinter() {
        // Monday 30 March, the day after the clocks went forward: 08:30Z is 09:30 BST.
        assertThat(openAt("2026-03-30T08:30:00Z")).containsExactly("CLK5", "CLK3", "CLK2");
        // Monday 26 October, the day after they went back: 08:30Z is 08:30 GMT.
        assertThat(openAt("2026-10-26T08:30:00Z")).containsExactly("CLK5");
        assertThat(openAt("2026-10-26T09:30:00%2B01:00")).as("an offset given").containsExactly("CLK5");
        assertThat(openAt("2026-10-26T09:30")).as("UK local time").containsExactly("CLK5", "CLK3", "CLK2");
    }

    @Test
    void pagesOfOpenProvidersByNameAndByRatingNeitherRepeatNorSkip() {
        mongo.updateFirst(query(where("_id").is("CLK2")), new Update().set(Provider.FAIR_SCORE, 4.1), Provider.class);
        mongo.updateFirst(query(where("_id").is("CLK3")), new Update().set(Provider.FAIR_SCORE, 3.2), Provider.class);
        String monday = "type=" + CLOCK_SITES + "&openAt=2026-12-28T10:00&limit=1";

        assertThat(allPages(monday)).containsExactly("CLK5", "CLK3", "CLK2");
        assertThat(allPages(monday + "&sort=rating")).containsExactly("CLK2", "CLK3", "CLK5");
    }

    private List<String> allPages(String query) {
        List<String> seen = new ArrayList<>();
        String next = "";
        do {
            HttpApi.Response page = search(query + (next.isEmpty() ? "" : "&cursor=" + next));
            seen.addAll(codes(page));
            next = page.json().get("next").isNull() ? null : page.json().get("next").asString();
        } while (next != null);
        return seen;
    }

    @Test
    void totalsOverFreeFiltersStopCountingAtAThousand() {
        JsonNode open = search("type=" + BUSY_SITES + "&openAt=2026-06-03T10:00&limit=5").json();
        assertThat(open.get("items")).hasSize(5);
        assertThat(open.get("total").asLong()).isEqualTo(1000);
        assertThat(open.get("totalIsLowerBound").asBoolean()).isTrue();

        JsonNode all = search("type=" + BUSY_SITES + "&limit=5").json();
        assertThat(all.get("total").asLong()).as("no free filter: counted exactly").isEqualTo(BUSY);
        assertThat(all.get("totalIsLowerBound").asBoolean()).isFalse();

        JsonNode named = search("type=" + BUSY_SITES + "&q=busy%20site%20bsy00").json();
        assertThat(named.get("total").asLong()).as("under a thousand: exact").isEqualTo(99);
        assertThat(named.get("totalIsLowerBound").asBoolean()).isFalse();

        JsonNode closed = search("type=" + BUSY_SITES + "&openAt=2026-06-03T20:00").json();
        assertThat(closed.get("items")).isEmpty();
        assertThat(closed.get("total").asLong()).isZero();
    }

    @Test
    void aPageOpenAtATimeReadsItsOwnProvidersAndOneMore() {
        DocumentsReturned returned = new DocumentsReturned();
        ProviderSearch search = new ProviderSearch(countingTemplate(returned));
        Instant wednesdayMorning = LocalDateTime.parse("2026-06-03T10:00").atZone(OpeningHours.UK).toInstant();

        ProviderSearch.Page first = search.search(request(BUSY_SITES, wednesdayMorning, ProviderSearch.BY_NAME, null));
        assertThat(first.found()).hasSize(5);
        assertThat(returned.take()).isEqualTo(6);

        ProviderSearch.Page second = search.search(request(BUSY_SITES, wednesdayMorning, ProviderSearch.BY_NAME,
                first.next()));
        assertThat(second.found()).hasSize(5);
        assertThat(second.found().get(0).provider().code()).isEqualTo("BSY0006");
        assertThat(returned.take()).isEqualTo(6);

        search.search(request(BUSY_SITES, wednesdayMorning, ProviderSearch.BY_RATING, null));
        assertThat(returned.take()).as("by rating").isEqualTo(6);

        search.search(request(null, wednesdayMorning, ProviderSearch.BY_NAME, null));
        assertThat(returned.take()).as("the whole directory").isEqualTo(6);

        // The same through the API, where the index check sees its queries.
        assertThat(search("openAt=2026-06-03T10:00&sort=rating&limit=5").json().get("items")).hasSize(5);
    }

    private static ProviderSearch.Request request(String type, Instant openAt, String sort, SearchCursor cursor) {
        return new ProviderSearch.Request(null, type, null, openAt, null, 10, sort, cursor, 5);
    }

    /** The service's own mapping, over a client of its own that counts what the server returns. */
    private MongoTemplate countingTemplate(DocumentsReturned returned) {
        countingClient = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(mongoUri)).addCommandListener(returned).build());
        return new MongoTemplate(new SimpleMongoClientDatabaseFactory(countingClient, mongo.getDb().getName()),
                mongo.getConverter());
    }

    /** The providers documents that find and getMore returned, since last asked. */
    static final class DocumentsReturned implements CommandListener {

        private final AtomicLong documents = new AtomicLong();

        @Override
        public void commandSucceeded(CommandSucceededEvent event) {
            if (!event.getCommandName().equals("find") && !event.getCommandName().equals("getMore")) {
                return;
            }
            BsonDocument cursor = event.getResponse().getDocument("cursor");
            if (cursor.getString("ns").getValue().endsWith("." + Provider.COLLECTION)) {
                String batch = cursor.containsKey("firstBatch") ? "firstBatch" : "nextBatch";
                documents.addAndGet(cursor.getArray(batch).size());
            }
        }

        long take() {
            return documents.getAndSet(0);
        }
    }
}
