import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.carefeed.events.EncodedEvent;
import org.carefeed.events.EventCodec;
import org.carefeed.events.ReviewPublished;

/**
 * Benchmark, not a test: choice-service's heap while it streams the published reviews download, for a
 * small and a ten times larger number of reviews. The reviews are published as feedback-service
 * publishes them, on the reviews topic, and the download starts once choice-service has listed them all;
 * during each download the service's heap in use is sampled from its metrics every 100 ms. A download
 * that streams uses about the same heap whatever the number of rows; one built in memory would grow with it.
 *
 *   java -cp <events, kafka-clients, mongodb driver> benchmarks/Download.java localhost:29092 mongodb://localhost:27217 \
 *     http://localhost:28082 http://localhost:9082 10000 100000
 */
public class Download {

    private static final Pattern HEAP_USED = Pattern.compile(
            "jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\} ([0-9.E+]+)");

    public static void main(String[] args) throws Exception {
        String kafka = args[0];
        String mongoUri = args[1];
        String choice = args[2];
        String management = args[3];
        HttpClient http = HttpClient.newHttpClient();
        long published = 0;
        Properties producer = new Properties();
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        try (MongoClient mongo = MongoClients.create(mongoUri);
                KafkaProducer<String, String> reviews = new KafkaProducer<>(producer, new StringSerializer(),
                        new StringSerializer())) {
            MongoCollection<Document> listings = mongo.getDatabase("carefeed-choice").getCollection("review_listings");
            for (int i = 4; i < args.length; i++) {
                int size = Integer.parseInt(args[i]);
                long started = System.nanoTime();
                published = publish(reviews, published, size);
                awaitListed(listings, size);
                System.out.printf("%,d reviews published and listed in %.0f s%n", size,
                        (System.nanoTime() - started) / 1e9);
                download(http, choice, management, published);
            }
        }
    }

    /** Publishes reviews until there are {@code size}, as feedback-service does: one record per review. */
    private static long publish(KafkaProducer<String, String> producer, long have, int size) {
        EventCodec codec = new EventCodec("/carefeed/benchmark");
        for (long i = have; i < size; i++) {
            Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i * 60);
            ReviewPublished review = ReviewPublished.of(UUID.randomUUID(), 1, "ZZ7" + (i % 50),
                    new ReviewPublished.Content((int) (1 + i % 5), "Review " + i,
                            "A story of the care I had, told in a sentence or two, with \"quotes\", commas and a line\nbreak.",
                            "Outpatients", "2026-01", "patient", "Anonymous"), at);
            EncodedEvent encoded = codec.encode(review);
            ProducerRecord<String, String> record = new ProducerRecord<>(encoded.topic(), encoded.key(), encoded.value());
            encoded.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            producer.send(record);
        }
        producer.flush();
        return size;
    }

    /** Waits until the list of all reviews holds {@code size}: then every review is in the download. */
    private static void awaitListed(MongoCollection<Document> listings, long size) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofHours(1).toNanos();
        while (System.nanoTime() < deadline) {
            Document all = listings.find(new Document("_id", "*")).first();
            long listed = 0;
            if (all != null) {
                for (Object day : all.get("days", Document.class).values()) {
                    listed += ((Document) day).get("n", Number.class).longValue();
                }
            }
            if (listed >= size) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("choice-service did not list " + size + " reviews within an hour");
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
