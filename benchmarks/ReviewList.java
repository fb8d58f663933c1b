import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark, not a test: how fast choice-service serves the public reviews list of a provider with many
 * reviews, against one with few, in the same run. One client asks for pages one after the other, as a
 * reader paging through would: the first page, then each next page by its cursor, ten pages deep, then
 * the first again. Rounds of a few seconds alternate between the two providers, so that a busy moment
 * of the machine falls on both; the result is the median rate over the rounds and the ratio of the two.
 *
 *   java benchmarks/ReviewList.java http://localhost:28082 ZZ802 ZZ803 [rounds] [seconds per round]
 */
public class ReviewList {

    private static final Pattern NEXT = Pattern.compile("\"next\"\\s*:\\s*\"([^\"]+)\"");
    private static final int PAGES_DEEP = 10;

    public static void main(String[] args) throws Exception {
        String choice = args[0];
        String few = args[1];
        String many = args[2];
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        double seconds = args.length > 4 ? Double.parseDouble(args[4]) : 5;
        HttpClient http = HttpClient.newHttpClient();
        round(http, choice, few, 3);
        round(http, choice, many, 3);
        List<Double> fewRates = new ArrayList<>();
        List<Double> manyRates = new ArrayList<>();
        List<Double> fewMillis = new ArrayList<>();
        List<Double> manyMillis = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            Round a = round(http, choice, few, seconds);
            Round b = round(http, choice, many, seconds);
            fewRates.add(a.rate());
            manyRates.add(b.rate());
            fewMillis.addAll(a.millis());
            manyMillis.addAll(b.millis());
            ratios.add(b.rate() / a.rate());
        }
        report(few, fewRates, fewMillis);
        report(many, manyRates, manyMillis);
        Collections.sort(ratios);
        System.out.printf("rate of %s / rate of %s: median %.2f (rounds from %.2f to %.2f)%n", many, few,
                median(ratios), ratios.get(0), ratios.get(ratios.size() - 1));
    }

    private record Round(double rate, List<Double> millis) {
    }

    private static Round round(HttpClient http, String choice, String provider, double seconds) throws Exception {
        List<Double> millis = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        String cursor = null;
        int depth = 0;
        while (System.nanoTime() < end) {
            String url = choice + "/api/providers/" + provider + "/reviews?limit=20"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            long sent = System.nanoTime();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            millis.add((System.nanoTime() - sent) / 1e6);
            if (page.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + page.statusCode() + ": " + page.body());
            }
            Matcher next = NEXT.matcher(page.body());
            cursor = next.find() && ++depth < PAGES_DEEP ? next.group(1) : null;
            depth = cursor == null ? 0 : depth;
        }
        return new Round(millis.size() / ((System.nanoTime() - start) / 1e9), millis);
    }

    private static void report(String provider, List<Double> rates, List<Double> millis) {
        List<Double> sortedRates = new ArrayList<>(rates);
        Collections.sort(sortedRates);
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("%s: median %.0f pages/s (rounds from %.0f to %.0f); p50 %.1f ms, p90 %.1f ms, %d pages%n",
                provider, median(sortedRates), sortedRates.get(0), sortedRates.get(sortedRates.size() - 1),
                median(sorted), sorted.get((int) (sorted.size() * 0.9)), sorted.size());
    }

    private static double median(List<Double> sorted) {
        return sorted.get(sorted.size() / 2);
    }
}
