package org.carefeed.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.carefeed.localstack.SiteRoutes.Service;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The site router in front of stand-in services (the JDK's HTTP server): bodies streamed both ways, headers and
 * statuses passed on, forwarding headers set by the router alone, redirects not followed, instances taken in
 * turn and skipped when down, and a problem answer when no instance of a service runs.
 */
class SiteRouterTest {

    /** Larger than any buffer on the way, so only a streamed body arrives whole. */
    private static final int LARGE = 24 * 1024 * 1024;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<AutoCloseable> started = new ArrayList<>();
    /** What each stand-in was last asked: its request headers, by stand-in name. */
    private final Map<String, com.sun.net.httpserver.Headers> seen = new ConcurrentHashMap<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable component : started) {
            component.close();
        }
    }

    @Test
    void sendsEachPathToItsServiceWithTheSitesAddressAndTheClientInForwardingHeaders() throws Exception {
        SiteRouter site = site(List.of(standIn("feedback")), List.of(standIn("choice")));

        HttpResponse<String> feedback = http.send(HttpRequest.newBuilder(site(site, "/api/reviews/r-1?x=%20y"))
                .header("X-Forwarded-For", "6.6.6.6").header("Forwarded", "for=6.6.6.6")
                .header("X-Forwarded-Host", "evil.example").header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(feedback.body()).isEqualTo("feedback GET /api/reviews/r-1?x=%20y");
        com.sun.net.httpserver.Headers headers = seen.get("feedback");
        assertThat(headers.get("X-forwarded-for")).as("the client's own claim is dropped").containsExactly("127.0.0.1");
        assertThat(headers.getFirst("X-forwarded-host")).isEqualTo("localhost:" + site.port());
        assertThat(headers.getFirst("X-forwarded-port")).isEqualTo(String.valueOf(site.port()));
        assertThat(headers.getFirst("X-forwarded-proto")).isEqualTo("http");
        assertThat(headers.containsKey("Forwarded")).isFalse();
        assertThat(headers.getFirst("Accept")).isEqualTo("application/json");

        assertThat(get(site, "/api/providers/ZZ101/reviews").body()).isEqualTo("choice GET /api/providers/ZZ101/reviews");
        assertThat(get(site, "/api/providers/ZZ101/feedback").body()).isEqualTo("feedback GET /api/providers/ZZ101/feedback");
        assertThat(get(site, "/").body()).isEqualTo("choice GET /");
        assertThat(get(site, "//localhost:1/api/changes").body()).as("the service's instance, never another host")
                .startsWith("choice GET /");
    }

    @Test
    void streamsLargeBodiesBothWays() throws Exception {
        SiteRouter site = site(List.of(standIn("feedback")), List.of(standIn("choice")));
        byte[] upload = new byte[LARGE];
        for (int i = 0; i < upload.length; i++) {
            upload[i] = (byte) (i * 31);
        }

        HttpResponse<String> uploaded = http.send(HttpRequest.newBuilder(site(site, "/api/admin/imports"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(upload)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).isEqualTo(201);
        assertThat(uploaded.body()).isEqualTo("choice received " + LARGE + " bytes, checksum " + checksum(upload));

        HttpResponse<InputStream> downloaded = http.send(HttpRequest.newBuilder(site(site, "/downloads/reviews.csv")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(downloaded.headers().firstValue("Content-Type")).hasValue("text/csv");
        assertThat(downloaded.headers().firstValue("Link")).hasValue("</licence>; rel=\"license\"");
        try (InputStream body = downloaded.body()) {
            assertThat(body.readAllBytes()).hasSize(LARGE);
        }
    }

    @Test
    void passesRedirectsAndErrorsBackAsTheServiceAnswered() throws Exception {
        SiteRouter site = site(List.of(standIn("feedback")), List.of(standIn("choice")));

        HttpResponse<String> redirect = get(site, "/redirect");
        assertThat(redirect.statusCode()).isEqualTo(303);
        assertThat(redirect.headers().firstValue("Location")).hasValue("/elsewhere");

        HttpResponse<String> missing = get(site, "/missing");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(missing.body()).contains("\"status\":404");

        HttpResponse<String> head = http.send(HttpRequest.newBuilder(site(site, "/")).method("HEAD",
                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void takesInstancesInTurnSkippingOneThatIsDown() throws Exception {
        SiteRouter site = site(List.of(standIn("feedback")),
                List.of(standIn("choice-1"), standIn("choice-2"), notListening()));

        List<String> answeredBy = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> response = get(site, "/api/changes");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            answeredBy.add(response.body().split(" ")[0]);
        }
        assertThat(answeredBy).containsOnly("choice-1", "choice-2");
        assertThat(answeredBy.stream().filter("choice-1"::equals)).hasSizeBetween(2, 4);

        // A body not yet sent goes whole to the next instance.
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(site(site, "/api/webhooks"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.body()).endsWith("received 2 bytes, checksum " + checksum("{}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void answersAProblemWhenNoInstanceOfTheServiceRuns() throws Exception {
        SiteRouter site = site(List.of(notListening(), notListening()), List.of(standIn("choice")));

        HttpResponse<String> response = get(site, "/api/reviews/terms");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":502", "feedback-service is not running");
        assertThat(get(site, "/api").statusCode()).as("the other service is still served").isEqualTo(200);
    }

    private SiteRouter site(List<URI> feedback, List<URI> choice) throws IOException {
        SiteRouter router = SiteRouter.start(0, Map.of(Service.FEEDBACK, feedback, Service.CHOICE, choice));
        started.add(router);
        return router;
    }

    private static URI site(SiteRouter site, String pathAndQuery) {
        return URI.create("http://localhost:" + site.port() + pathAndQuery);
    }

    private HttpResponse<String> get(SiteRouter site, String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(site(site, pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A stand-in service that says who it is and what it was asked, or streams and receives large bodies. */
    private URI standIn(String name) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                seen.put(name, exchange.getRequestHeaders());
                answer(name, exchange);
            }
        });
        server.start();
        started.add(() -> server.stop(0));
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    private static void answer(String name, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        if (exchange.getRequestMethod().equals("POST")) {
            long count = 0;
            long checksum = 0;
            try (InputStream body = exchange.getRequestBody()) {
                byte[] buffer = new byte[8192];
                for (int read; (read = body.read(buffer)) > 0; count += read) {
                    checksum = checksum(checksum, buffer, read);
                }
            }
            send(exchange, 201, "text/plain", name + " received " + count + " bytes, checksum " + checksum);
        } else if (path.equals("/downloads/reviews.csv")) {
            exchange.getResponseHeaders().set("Content-Type", "text/csv");
            exchange.getResponseHeaders().set("Link", "</licence>; rel=\"license\"");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] row = new byte[64 * 1024];
                for (int written = 0; written < LARGE; written += row.length) {
                    out.write(row);
                }
            }
        } else if (path.equals("/redirect")) {
            exchange.getResponseHeaders().set("Location", "/elsewhere");
            exchange.sendResponseHeaders(303, -1);
        } else if (path.equals("/missing")) {
            send(exchange, 404, "application/problem+json", "{\"status\":404}");
        } else {
            String query = exchange.getRequestURI().getRawQuery();
            send(exchange, 200, "text/plain", name + " " + exchange.getRequestMethod() + " " + path
                    + (query == null ? "" : "?" + query));
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    private static long checksum(byte[] bytes) {
        return checksum(0, bytes, bytes.length);
    }

    private static long checksum(long sum, byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            sum = sum * 31 + bytes[i];
        }
        return sum;
    }

    /** An address where nothing listens: connections to it are refused. */
    private static URI notListening() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://localhost:" + socket.getLocalPort());
        }
    }
}
