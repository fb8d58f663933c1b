import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * Benchmark, not a test: choice-service's heap while it streams the published reviews download, for a
 * small and a ten times larger number of reviews. The reviews are written straight into choice-service's
 * database (the download reads them from there, however they came); during each download the service's
 * heap in use is sampled from its metrics every 100 ms. A download that streams uses about the same heap
 * whatever the number of rows; one built in memory would grow with it.
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
            MongoCollection<Document> reviews = mongo.getDatabase("carefeed-choice").getCollection("reviews");
            for (int i = 3; i < args.length; i++) {
                int size = Integer.parseInt(args[i]);
                inserted = insert(reviews, inserted, size);
                download(http, choice, management, inserted);
            }
        }
    }

    /** Adds reviews until there are {@code size}, in batches of 1,000. */
    private static long insert(MongoCollection<Document> reviews, long have, int size) {
        List<Document> batch = new ArrayList<>();
        for (long i = have; i < size; i++) {
            Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i * 60);
            batch.add(new Document("_id", UUID.randomUUID().toString()).append("providerCode", "ZZ7" + (i % 50))
                    .append("state", "published").append("stateRevision", 1).append("publishedAt", Date.from(at))
                    .append("content", new Document("rating", (int) (1 + i % 5)).append("title", "Review " + i)
                            .append("text", "A story of the care I had, told in a sentence or two, with \"quotes\", commas and a line\nbreak.")
                            .append("serviceName", "Outpatients").append("visitMonth", "2026-01")
                            .append("authorRole", "patient").append("displayName", "Anonymous")));
            if (batch.size() == 1000) {
                reviews.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            reviews.insertMany(batch);
        }
        return size;
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
        long rows = 0;
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(choice + "/downloads/reviews.csv"))
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[65536];
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                bytes += n;
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
