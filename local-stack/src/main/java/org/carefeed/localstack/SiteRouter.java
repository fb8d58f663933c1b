package org.carefeed.localstack;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.carefeed.localstack.SiteRoutes.Service;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The one site: a small reverse proxy on one port that sends each request to the service owning its path
 * ({@link SiteRoutes}), as the ingress does in production, so pages, links, forms and cookies of both services
 * share one address. Bodies are streamed both ways (imports upload hundreds of MB, downloads stream), redirects
 * are passed back rather than followed, and the services learn the client and the site's address from
 * {@code X-Forwarded-For}, {@code -Proto}, {@code -Host} and {@code -Port}. With several instances of a service,
 * requests go to each in turn, skipping one that refuses connections; with none left, the answer is a 502.
 */
final class SiteRouter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SiteRouter.class);

    /** Headers of one connection, never forwarded (RFC 9110, 7.6.1), and those the client computes itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-connection",
            "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade",
            "host", "content-length", "expect", "date");
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private final HttpServer server;
    private final ExecutorService workers;
    private final HttpClient client;
    private final Map<Service, List<URI>> instances;
    private final Map<Service, AtomicInteger> next = new EnumMap<>(Service.class);

    private SiteRouter(HttpServer server, ExecutorService workers, HttpClient client, Map<Service, List<URI>> instances) {
        this.server = server;
        this.workers = workers;
        this.client = client;
        this.instances = instances;
        instances.keySet().forEach(service -> next.put(service, new AtomicInteger()));
    }

    /**
     * Listens on {@code port} on every interface, as the services do.
     *
     * @param instances each service's instances, such as {@code http://localhost:8081}
     */
    static SiteRouter start(int port, Map<Service, List<URI>> instances) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 128);
        // One thread per exchange for its whole length: a slow upload or download holds only its own.
        ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "site-router");
            thread.setDaemon(true);
            return thread;
        });
        HttpClient client = HttpClient.newBuilder()
                // Plain HTTP/1.1, as an ingress speaks to its upstreams; HTTP/2 would first try an h2c upgrade.
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(CONNECT_TIMEOUT)
                .executor(workers)
                .build();
        SiteRouter router = new SiteRouter(server, workers, client, Map.copyOf(instances));
        server.createContext("/", router::handle);
        server.setExecutor(workers);
        server.start();
        return router;
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) {
        try {
            URI uri = exchange.getRequestURI().normalize();
            if (uri.getRawPath() == null || !uri.getRawPath().startsWith("/") || uri.getRawPath().startsWith("/..")) {
                problem(exchange, 400, "Bad Request", "The path is not one this site has.");
                return;
            }
            Service service = SiteRoutes.serviceFor(uri.getPath());
            forward(exchange, service, uri);
        } catch (IOException clientWentAway) {
            log.debug("Site request ended early: {}", clientWentAway.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Site request failed", e);
        } finally {
            exchange.close();
        }
    }

    private void forward(HttpExchange exchange, Service service, URI uri) throws IOException, InterruptedException {
        String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        TouchedInputStream body = new TouchedInputStream(exchange.getRequestBody());
        List<URI> candidates = instances.get(service);
        int first = Math.floorMod(next.get(service).getAndIncrement(), candidates.size());
        for (int attempt = 0; attempt < candidates.size(); attempt++) {
            URI instance = candidates.get((first + attempt) % candidates.size());
            HttpResponse<InputStream> response;
            try {
                // Joined, not resolved: a path such as //elsewhere/x must stay a path of this instance.
                response = client.send(request(exchange, URI.create(instance + pathAndQuery), body),
                        HttpResponse.BodyHandlers.ofInputStream());
            } catch (ConnectException refused) {
                if (body.touched()) {
                    break;
                }
                // Nothing of the request has left yet: another instance may take it whole.
                log.debug("{} at {} refused the connection", service.serviceName(), instance);
                continue;
            } catch (IOException failed) {
                log.warn("{} at {} failed during {} {}: {}", service.serviceName(), instance,
                        exchange.getRequestMethod(), uri.getRawPath(), failed.toString());
                problem(exchange, 502, "Bad Gateway", service.serviceName() + " did not answer.");
                return;
            }
            respond(exchange, response);
            return;
        }
        problem(exchange, 502, "Bad Gateway", service.serviceName() + " is not running.");
    }

    private HttpRequest request(HttpExchange exchange, URI target, InputStream body) {
        Headers headers = exchange.getRequestHeaders();
        HttpRequest.Builder request = HttpRequest.newBuilder(target).expectContinue(false);
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!NOT_FORWARDED.contains(lower) && !lower.startsWith("x-forwarded-") && !lower.equals("forwarded")) {
                values.forEach(value -> addHeader(request, name, value));
            }
        });
        // This router is the edge: what a client says in its own forwarding headers is dropped, not passed on,
        // or anyone could choose the address the services' rate limits count them by. The services believe
        // these headers only from the proxies they trust: the local stack names loopback, where this connects from.
        request.header("X-Forwarded-For", exchange.getRemoteAddress().getAddress().getHostAddress());
        request.header("X-Forwarded-Proto", "http");
        String host = headers.getFirst("Host");
        request.header("X-Forwarded-Host", host == null || host.isBlank() ? "localhost:" + port() : host);
        request.header("X-Forwarded-Port", String.valueOf(port()));
        return request.method(exchange.getRequestMethod(), bodyOf(headers, body)).build();
    }

    private static void addHeader(HttpRequest.Builder request, String name, String value) {
        try {
            request.header(name, value);
        } catch (IllegalArgumentException restrictedByTheClient) {
            log.debug("Header {} not forwarded: {}", name, restrictedByTheClient.getMessage());
        }
    }

    /** Streams the request body as it arrives, with its length when the client gave one. */
    private static HttpRequest.BodyPublisher bodyOf(Headers headers, InputStream body) {
        String length = headers.getFirst("Content-Length");
        boolean chunked = "chunked".equalsIgnoreCase(headers.getFirst("Transfer-Encoding"));
        if (length == null && !chunked) {
            return HttpRequest.BodyPublishers.noBody();
        }
        HttpRequest.BodyPublisher stream = HttpRequest.BodyPublishers.ofInputStream(() -> body);
        if (length == null) {
            return stream;
        }
        long contentLength = Long.parseLong(length.trim());
        return contentLength == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.fromPublisher(stream, contentLength);
    }

    private static void respond(HttpExchange exchange, HttpResponse<InputStream> response) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        response.headers().map().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, values);
            }
        });
        int status = response.statusCode();
        long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        boolean noBody = exchange.getRequestMethod().equalsIgnoreCase("HEAD") || status == 204 || status == 304
                || (status >= 100 && status < 200);
        try (InputStream body = response.body()) {
            if (noBody) {
                // A HEAD answer keeps the length it would have had.
                if (length > 0) {
                    headers.set("Content-Length", String.valueOf(length));
                }
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            // 0 asks the JDK server for a chunked answer; -1 for an empty one.
            exchange.sendResponseHeaders(status, length < 0 ? 0 : length == 0 ? -1 : length);
            OutputStream out = exchange.getResponseBody();
            body.transferTo(out);
            out.close();
        }
    }

    /** An RFC 9457 problem, as the services answer theirs. */
    private static void problem(HttpExchange exchange, int status, String title, String detail) throws IOException {
        byte[] json = """
                {"type":"about:blank","title":"%s","status":%d,"detail":"%s"}""".formatted(title, status, detail)
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, json.length);
        exchange.getResponseBody().write(json);
    }

    @Override
    public void close() {
        server.stop(1);
        workers.shutdownNow();
    }

    @Override
    public String toString() {
        return "site router on port " + port();
    }

    /** Knows whether anything of the request body was read, and so whether the request may still be retried. */
    private static final class TouchedInputStream extends FilterInputStream {

        private volatile boolean touched;

        TouchedInputStream(InputStream in) {
            super(in);
        }

        boolean touched() {
            return touched;
        }

        @Override
        public int read() throws IOException {
            touched = true;
            return super.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            touched = true;
            return super.read(buffer, offset, length);
        }

        /** The service, not this router, decides when the body is done with. */
        @Override
        public void close() {
            touched = true;
        }
    }
}
