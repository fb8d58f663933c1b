import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Benchmark, not a test: how long a review takes from feedback-service's 202 to being served by
 * choice-service, on an idle local stack. Each sample submits one review and then asks choice-service
 * for the provider's newest review, as fast as it answers, until it is the one just submitted. The
 * baseline in the same run is one such request on its own: the resolution of the measurement.
 *
 *   java benchmarks/Freshness.java http://localhost:28081 http://localhost:28082 200
 */
public class Freshness {

    public static void main(String[] args) throws Exception {
        String feedback = args[0];
        String choice = args[1];
        int samples = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newHttpClient();
        String newest = choice + "/api/providers/ZZ101/reviews?limit=1";

        for (int i = 0; i < 20; i++) {
            measure(http, feedback, newest, "Warm-up " + i);
        }
        List<Double> freshness = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            freshness.add(measure(http, feedback, newest, "Sample " + System.nanoTime()));
            long start = System.nanoTime();
            get(http, newest);
            baseline.add((System.nanoTime() - start) / 1e6);
        }
        report("202 to visible in choice-service", freshness);
        report("baseline: one GET of the newest review", baseline);
    }

    /** Milliseconds from the 202 to choice-service serving the review. */
    private static double measure(HttpClient http, String feedback, String newest, String title) throws Exception {
        String body = """
                {"providerCode": "ZZ101", "rating": 4, "title": "%s", "text": "Seen quickly and kindly, thank you.",
                 "visitMonth": "%s", "authorRole": "patient", "consentToPublish": true}
                """.formatted(title, YearMonth.now());
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create(feedback + "/api/reviews"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("Not accepted: " + accepted.statusCode() + " " + accepted.body());
        }
        long acceptedAt = System.nanoTime();
        while (!get(http, newest).contains("\"title\":\"" + title + "\"")) {
            if (System.nanoTime() - acceptedAt > 30_000_000_000L) {
                throw new IllegalStateException(title + " never became visible");
            }
        }
        return (System.nanoTime() - acceptedAt) / 1e6;
    }

    private static String get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void report(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("%-42s n=%d  p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms%n", what, sorted.size(),
                at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted.get(sorted.size() - 1));
    }

    private static double at(List<Double> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
}
