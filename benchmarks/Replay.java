import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.carefeed.events.EventCodec;
import org.carefeed.events.ReviewPublished;
import org.carefeed.platform.kafka.CloudEventRecords;

/**
 * Benchmark, not a test: how long choice-service takes to take in N reviews of one provider, for a small
 * and a ten times larger N. Each review is published on the reviews topic as feedback-service would,
 * spread over the last 700 days (a third of them answered), all at once; the clock stops when the
 * provider's figures count all N. With figures counted one change at a time the time grows with N, so
 * the ratio of the two times is about the ratio of the sizes (10), not its square (100).
 *
 *   java -cp <events, platform and kafka-clients> benchmarks/Replay.java localhost:29092 http://localhost:28082 10000 100000
 */
public class Replay {

    private static final Pattern REVIEW_COUNT = Pattern.compile("\"reviewCount\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        String kafka = args[0];
        String choice = args[1];
        List<Double> seconds = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            int reviews = Integer.parseInt(args[i]);
            String provider = "ZZ8" + String.format("%02d", i);
            double taken = replay(kafka, choice, provider, reviews);
            seconds.add(taken);
            System.out.printf("%,d reviews of %s: %.1f s, %.0f reviews/s%n", reviews, provider, taken, reviews / taken);
        }
        if (seconds.size() == 2) {
            System.out.printf("time ratio %.1f for a size ratio of %.1f%n", seconds.get(1) / seconds.get(0),
                    Double.parseDouble(args[3]) / Double.parseDouble(args[2]));
        }
    }

    private static double replay(String kafka, String choice, String provider, int reviews) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        EventCodec codec = new EventCodec("/carefeed/benchmark");
        Random random = new Random(reviews);
        Instant now = Instant.now();
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (int i = 0; i < reviews; i++) {
                Instant published = now.minus(Duration.ofMinutes(700L * 24 * 60 * i / reviews + 60));
                ReviewPublished.Response response = i % 3 != 0 ? null : new ReviewPublished.Response(
                        "Thank you for telling us.", "Patient experience team",
                        published.plus(Duration.ofMinutes(30 + random.nextInt(20 * 24 * 60))), null);
                ReviewPublished review = ReviewPublished.of(UUID.randomUUID(), 1, provider,
                        new ReviewPublished.Content(1 + random.nextInt(5), "Review " + i,
                                "A story of the care I had, told in a sentence or two.", "Outpatients",
                                YearMonth.from(published.atOffset(ZoneOffset.UTC)).toString(), "patient", "Anonymous"),
                        published, response, published);
                producer.send(CloudEventRecords.toProducerRecord(codec.encode(review)));
            }
        }
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest rating = HttpRequest.newBuilder(URI.create(choice + "/api/providers/" + provider + "/rating")).build();
        while (countOf(http.send(rating, HttpResponse.BodyHandlers.ofString()).body()) < reviews) {
            Thread.sleep(200);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static long countOf(String body) {
        Matcher count = REVIEW_COUNT.matcher(body);
        return count.find() ? Long.parseLong(count.group(1)) : 0;
    }
}
