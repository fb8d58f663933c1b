import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sustained load for the memory benchmark, not a test: submissions from several clients at once, four
 * reviews to each complaint, spread over the demo providers, with a public read (a reviews page, a
 * search, a provider) after each. Prints what was accepted and what was refused.
 *
 *   java benchmarks/Load.java http://localhost:28081 http://localhost:28082 5000 [clients]
 */
public class Load {

    private static final List<String> PROVIDERS = List.of("ZZ101", "ZZ102", "ZZ103", "ZZ301", "ZZ9001", "ZZ9002",
            "ZZ9003", "ZZ9004", "ZZ9005");

    public static void main(String[] args) throws Exception {
        String feedback = args[0];
        String choice = args[1];
        int submissions = Integer.parseInt(args[2]);
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        HttpClient http = HttpClient.newHttpClient();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < submissions; i = next.getAndIncrement()) {
                    String provider = PROVIDERS.get(i % PROVIDERS.size());
                    try {
                        int status = i % 5 == 4 ? complain(http, feedback, provider, i) : review(http, feedback, provider, i);
                        (status / 100 == 2 ? accepted : refused).incrementAndGet();
                        read(http, choice, provider, i);
                    } catch (Exception e) {
                        refused.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        System.out.printf("%d submissions in %.0f s: %d accepted, %d refused%n", submissions,
                (System.nanoTime() - start) / 1e9, accepted.get(), refused.get());
    }

    private static int review(HttpClient http, String feedback, String provider, int i) throws Exception {
        return post(http, feedback + "/api/reviews", """
                {"providerCode": "%s", "rating": %d, "title": "Visit %d", "text": "%s",
                 "visitMonth": "%s", "authorRole": "patient", "consentToPublish": true}
                """.formatted(provider, 1 + i % 5, i, story(i), YearMonth.now()));
    }

    private static int complain(HttpClient http, String feedback, String provider, int i) throws Exception {
        return post(http, feedback + "/api/complaints", """
                {"providerCode": "%s", "category": "delays", "description": "%s",
                 "desiredOutcome": "An apology.", "happeningNow": false, "contactName": "Load Test %d",
                 "email": "load%d@example.com", "preferredContact": "email", "consentToContact": true}
                """.formatted(provider, story(i), i, i));
    }

    /** Stories of different lengths, as real ones are. */
    private static String story(int i) {
        return "The staff were kind and the waiting room was clean. ".repeat(1 + i % 12) + "Visit number " + i + ".";
    }

    private static void read(HttpClient http, String choice, String provider, int i) throws Exception {
        String path = switch (i % 3) {
            case 0 -> "/api/providers/" + provider + "/reviews?limit=20";
            case 1 -> "/api/providers?q=hospital";
            default -> "/api/providers/" + provider;
        };
        http.send(HttpRequest.newBuilder(URI.create(choice + path)).build(), HttpResponse.BodyHandlers.discarding());
    }

    private static int post(HttpClient http, String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
