package org.carefeed.localstack;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import org.carefeed.embedded.KafkaBroker;
import org.carefeed.embedded.MongoWireServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the whole of Carefeed on this machine with nothing else installed: Kafka, the Mongo-wire
 * server, feedback-service and choice-service. Stops everything cleanly on Ctrl-C or SIGTERM; data
 * stays in the data directory for the next start.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    private static final Duration SERVICE_START_TIMEOUT = Duration.ofMinutes(3);
    static final String ERASURE_LAG = "60s";
    /** Where the site router connects from, as Tomcat's remote IP valve matches it (a pattern)... */
    static final String LOOPBACK_PATTERN = "127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}|0:0:0:0:0:0:0:1|::1";
    /** ... and as the services' carefeed.trusted-proxies name it (networks). */
    static final String LOOPBACK_NETWORKS = "127.0.0.0/8,::1";

    /** Everything started so far, stopped in reverse order. */
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final LocalStackSettings settings;
    private boolean closed;

    private LocalStack(LocalStackSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help")) {
            System.out.print(LocalStackSettings.USAGE);
            return;
        }
        LocalStackSettings settings;
        try {
            settings = LocalStackSettings.from(args, System.getenv(), defaultServicesDir());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(LocalStackSettings.USAGE);
            System.exit(2);
            return;
        }
        LocalStack stack = new LocalStack(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            stopped.countDown();
        }, "local-stack-shutdown"));
        try {
            stack.start();
        } catch (StackClosedException stoppedWhileStarting) {
            // Ctrl-C during start-up: the shutdown hook is already stopping what had started.
        } catch (Exception e) {
            log.error("Carefeed could not start", e);
            System.exit(1);
        }
        stopped.await();
    }

    void start() throws Exception {
        Path data = settings.dataDir();
        log.info("Starting Carefeed with data in {}", data);
        track(PidFile.create(data.resolve("local-stack.pid")));
        track(MongoWireServer.start(data.resolve("mongo"), settings.mongoPort()));
        track(KafkaBroker.start(data.resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort()));

        String demoPassword = GeneratedSecret.readOrCreate(data.resolve("demo-password"),
                GeneratedSecret.PASSWORD_BYTES);
        GeneratedKeyPair tokenKey = GeneratedKeyPair.readOrCreate(data.resolve("token-signing-key.pem"),
                data.resolve("token-verification-key.pem"));
        Map<String, String> verification = Map.of(
                "CAREFEED_AUTH_VERIFICATION_KEYS_0_ID", tokenKey.id(),
                "CAREFEED_AUTH_VERIFICATION_KEYS_0_PUBLIC_KEY", tokenKey.publicPem());
        Map<String, String> feedbackSecrets = new LinkedHashMap<>(DemoAccounts.environment(demoPassword));
        feedbackSecrets.put("CAREFEED_AUTH_SIGNING_KEY_ID", tokenKey.id());
        feedbackSecrets.put("CAREFEED_AUTH_SIGNING_KEY_PRIVATE_KEY", tokenKey.privatePem());
        feedbackSecrets.putAll(verification);
        // The site's port is taken first: a clash shows at once, not after the services have started.
        track(SiteRouter.start(settings.sitePort(), Map.of(
                SiteRoutes.Service.FEEDBACK, instanceUrls(settings.feedbackPort()),
                SiteRoutes.Service.CHOICE, instanceUrls(settings.choicePort()))));
        List<ServiceProcess> feedback = new ArrayList<>();
        List<ServiceProcess> choice = new ArrayList<>();
        for (int n = 0; n < settings.instances(); n++) {
            feedback.add(startService("feedback-service", n, settings.feedbackPort(), settings.managementPort(),
                    "carefeed-feedback",
                    List.of("carefeed.moderation.policy=auto",
                            // Private links name the one site, as they would name the public address.
                            "carefeed.links.base-url=" + settings.siteUrl(),
                            // The demo accounts sign in with the demo password alone; anyone may still set up a
                            // second factor, and is then asked for it.
                            "carefeed.auth.second-factor-required-roles="),
                    feedbackSecrets));
            // One instance loads the demo directory; the others serve it from the same database.
            choice.add(startService("choice-service", n, settings.choicePort(), settings.managementPort() + 1,
                    "carefeed-choice",
                    List.of("carefeed.demo.load-on-first-start=" + (n == 0),
                            // Webhooks to receivers on this machine, over plain http: never in production.
                            "carefeed.webhooks.allow-private-targets=true",
                            // Each review applied, with the trace id of the request that submitted it.
                            "logging.level.org.carefeed.choice.review.ReviewEventsListener=DEBUG",
                            // Every client of the local stack (its tests, the benchmarks) reads from this one
                            // address, far faster than a person: limits none of them reaches.
                            "carefeed.rate-limits.anonymous.per-minute=1000000",
                            "carefeed.rate-limits.anonymous.burst=1000000"),
                    verification));
        }
        List<ServiceProcess> all = new ArrayList<>(feedback);
        all.addAll(choice);
        for (ServiceProcess service : all) {
            service.awaitReady(SERVICE_START_TIMEOUT);
        }

        System.out.printf("""

                Carefeed is running%s.
                  site              %s   (both services by path)
                  feedback-service  %s   (POST /api/reviews)
                  choice-service    %s   (GET /api/providers/{code}/reviews)
                  metrics           %s
                  logs              %s
                  Kafka             %s
                  MongoDB           %s
                  data              %s
                  imports admin     %s/api/admin   bearer token of admin@demo.carefeed from feedback-service
                Demo accounts (POST /api/auth/token on feedback-service), password %s:
                %s
                Reviews are moderated automatically here (policy auto): clean ones are public at once.
                A fictional demo directory is loaded on first start (codes ZZ..., e.g. ZZ101).
                Press Ctrl-C to stop.
                %n""",
                settings.instances() == 1 ? "" : ", " + settings.instances() + " instances of each service",
                settings.siteUrl(), urls(feedback), urls(choice), metricsUrls(all), data.resolve("logs"),
                settings.kafkaBootstrapServers(), settings.mongoUri(""), data, settings.siteUrl(),
                demoPassword, DemoAccounts.describe());
    }

    /** Where each instance of a service whose first instance listens on {@code firstPort} listens. */
    private List<URI> instanceUrls(int firstPort) {
        return IntStream.range(0, settings.instances())
                .mapToObj(n -> URI.create("http://localhost:" + LocalStackSettings.portOf(firstPort, n))).toList();
    }

    private static String urls(List<ServiceProcess> instances) {
        return String.join("  ", instances.stream().map(ServiceProcess::url).toList());
    }

    private static String metricsUrls(List<ServiceProcess> instances) {
        return String.join("  ", instances.stream().map(service -> service.managementUrl() + "/actuator/prometheus").toList());
    }

    /** Instance {@code n} (from 0) of a service; instances share the service's database and consumer groups. */
    private ServiceProcess startService(String name, int n, int firstPort, int firstManagementPort, String database,
            List<String> ownProperties, Map<String, String> secrets) throws Exception {
        int port = LocalStackSettings.portOf(firstPort, n);
        int managementPort = LocalStackSettings.portOf(firstManagementPort, n);
        List<String> properties = new ArrayList<>(List.of(
                "spring.mongodb.uri=" + settings.mongoUri(database),
                "spring.kafka.bootstrap-servers=" + settings.kafkaBootstrapServers(),
                // Erasure completes within two minutes here, so it can be checked by hand: segments of the
                // compacted review topics roll and are compacted within a minute, nudged every 30 s.
                "carefeed.topics.erasure-lag=" + ERASURE_LAG,
                "carefeed.topics.tombstone-retention=1h",
                // Behind the site router on loopback: links name the site (X-Forwarded-Host, -Port, -Proto) and
                // the client is read from X-Forwarded-For, believed from loopback alone. Tomcat's own handling
                // (native) rather than Spring's filter, which would believe these headers from anyone.
                "server.forward-headers-strategy=native",
                "server.tomcat.remoteip.internal-proxies=" + LOOPBACK_PATTERN,
                "carefeed.trusted-proxies=" + LOOPBACK_NETWORKS));
        properties.addAll(ownProperties);
        String instanceName = n == 0 ? name : name + "-" + (n + 1);
        return track(ServiceProcess.start(instanceName, settings.servicesDir().resolve(name + ".jar"), port,
                managementPort, settings.dataDir().resolve("logs"), properties, secrets,
                stoppedService -> log.error("{} stopped unexpectedly with exit code {}; see {}",
                        stoppedService.name(), stoppedService.exitCode(), stoppedService.logFile())));
    }

    /** Remembers a started component for shutdown, or stops it at once if shutdown has begun meanwhile. */
    private synchronized <T extends AutoCloseable> T track(T component) throws Exception {
        if (closed) {
            component.close();
            throw new StackClosedException();
        }
        running.push(component);
        return component;
    }

    @Override
    public synchronized void close() {
        closed = true;
        while (!running.isEmpty()) {
            AutoCloseable component = running.pop();
            try {
                component.close();
            } catch (Exception e) {
                log.warn("Could not stop {} cleanly: {}", component, e.toString());
            }
        }
        log.info("Carefeed stopped.");
    }

    private static final class StackClosedException extends IllegalStateException {
        StackClosedException() {
            super("Carefeed was stopped while starting");
        }
    }

    /**
     * The build copies the services' jars into {@code services/} beside this jar. Run from an IDE (no jar),
     * look where the build puts them, relative to the repository root.
     */
    private static Path defaultServicesDir() {
        Path classPath = Path.of(System.getProperty("java.class.path"));
        if (classPath.toString().endsWith(".jar") && !classPath.toString().contains(File.pathSeparator)) {
            return classPath.toAbsolutePath().getParent().resolve("services");
        }
        return Path.of("local-stack", "target", "services").toAbsolutePath();
    }
}
