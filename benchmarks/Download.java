import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;

/**
 * Benchmark, not a test: choice-service's heap while it streams the published reviews download, for a
 * small and a ten times larger number of reviews. The reviews are written straight into choice-service's
 * database, with the listing of all reviews that the download pages through (ReviewListing's documents:
 * publishing a hundred thousand through Kafka would take the better part of an hour here); during each
 * download the service's heap in use is sampled from its metrics every 100 ms. A download that streams
 * uses about the same heap whatever the number of rows; one built in memory would grow with it. The rows
 * are counted, so a listing this benchmark no longer writes as the service does shows as missing rows.
 *
 *   java -cp <mongodb driver> benchmarks/Download.java mongodb://localhost:27217 http://localhost:28082 http://localhost:9082 10000 100000
 */
public class Download {

    private static final Pattern HEAP_USED = Pattern.compile(
            "jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\} ([0-9.E+]+)");

    public static void main(String[] args) throws Exception {
        String mongoUri = args[0];
        String choice = args[1];
        String management = args[2];
        HttpClient http = HttpClient.newHttpClient();
        long inserted = 0;
        try (MongoClient mongo = MongoClients.create(mongoUri)) {
            MongoDatabase database = mongo.getDatabase("carefeed-choice");
            for (int i = 3; i < args.length; i++) {
                int size = Integer.parseInt(args[i]);
                inserted = insert(database, inserted, size);
                download(http, choice, management, inserted);
            }
        }
    }

    /**
     * Adds reviews until there are {@code size}, in batches of 1,000, one a minute from 1 January 2026,
     * and lists them under "*" as ReviewListing does: one document per day with its entries, and the
     * day's count in the list's document.
     */
    private static long insert(MongoDatabase database, long have, int size) {
        MongoCollection<Document> reviews = database.getCollection("reviews");
        MongoCollection<Document> days = database.getCollection("review_listing_days");
        MongoCollection<Document> lists = database.getCollection("review_listings");
        List<Document> batch = new ArrayList<>();
        for (long i = have; i < size; i++) {
            Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i * 60);
            String id = UUID.randomUUID().toString();
            String day = LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
            batch.add(new Document("_id", id).append("providerCode", "ZZ7" + (i % 50))
                    .append("state", "published").append("stateRevision", 1).append("publishedAt", Date.from(at))
                    .append("listedOn", day).append("listedUnder", List.of("*"))
                    .append("content", new Document("rating", (int) (1 + i % 5)).append("title", "Review " + i)
                            .append("text", "A story of the care I had, told in a sentence or two, with \"quotes\", commas and a line\nbreak.")
                            .append("serviceName", "Outpatients").append("visitMonth", "2026-01")
                            .append("authorRole", "patient").append("displayName", "Anonymous")));
            if (batch.size() == 1000) {
                list(days, lists, batch);
                reviews.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            list(days, lists, batch);
            reviews.insertMany(batch);
        }
        return size;
    }

    /** Adds the batch's reviews to their days' documents, then sets each day's count in the list's document. */
    private static void list(MongoCollection<Document> days, MongoCollection<Document> lists, List<Document> batch) {
        Map<String, List<Document>> byDay = new TreeMap<>();
        for (Document review : batch) {
            byDay.computeIfAbsent(review.getString("listedOn"), d -> new ArrayList<>())
                    .add(new Document("at", review.getDate("publishedAt")).append("id", review.getString("_id")));
        }
        byDay.forEach((day, entries) -> {
            Document listed = days.findOneAndUpdate(new Document("_id", "*/" + day),
                    new Document("$push", new Document("entries", new Document("$each", entries)))
                            .append("$inc", new Document("v", 1)),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            lists.updateOne(new Document("_id", "*"), new Document("$set", new Document("days." + day,
                    new Document("n", listed.getList("entries", Document.class).size()).append("v", listed.get("v")))),
                    new UpdateOptions().upsert(true));
        });
    }

    private static void download(HttpClient http, String choice, String management, long reviews) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong peak = new AtomicLong();
        List<Long> samples = new ArrayList<>();
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                long used = heapUsed(http, management);
                synchronized (samples) {
                    samples.add(used);
                }
                peak.accumulateAndGet(used, Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long idle = heapUsed(http, management);
        sampler.start();
        long start = System.nanoTime();
        long bytes = 0;
        long lineEnds = 0;
        int last = 0;
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(choice + "/downloads/reviews.csv"))
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[65536];
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                bytes += n;
                // Rows end in CRLF; line breaks within a review's text are bare LFs, quoted.
                for (int b = 0; b < n; b++) {
                    if (buffer[b] == '\n' && last == '\r') {
                        lineEnds++;
                    }
                    last = buffer[b];
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        sampler.join();
        List<Long> sorted;
        synchronized (samples) {
            sorted = new ArrayList<>(samples);
        }
        sorted.sort(Long::compare);
        if (lineEnds - 1 != reviews) {
            throw new IllegalStateException("The download had " + (lineEnds - 1) + " rows, not " + reviews);
        }
        System.out.printf("%,d reviews: %.1f MB in %.1f s; heap in use %d MB before, during: median %d MB, max %d MB (%d samples)%n",
                reviews, bytes / 1e6, seconds, idle >> 20, sorted.get(sorted.size() / 2) >> 20, peak.get() >> 20,
                sorted.size());
    }

    private static long heapUsed(HttpClient http, String management) {
        try {
            String metrics = http.send(HttpRequest.newBuilder(URI.create(management + "/actuator/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher used = HEAP_USED.matcher(metrics);
            long sum = 0;
            while (used.find()) {
                sum += (long) Double.parseDouble(used.group(1));
            }
            return sum;
        } catch (Exception e) {
            return 0;
        }
    }
}
