package org.carefeed.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One Carefeed service running from its own executable jar in a child JVM, so it has its own classpath
 * and configuration, exactly as it would when deployed. Its output goes to a log file.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final int HEAP_MB = 256;
    /** Exit codes of a JVM stopped by SIGINT or SIGTERM (128 + signal number). */
    private static final Set<Integer> STOPPED_BY_SIGNAL = Set.of(130, 143);

    private final String name;
    private final int port;
    private final int managementPort;
    private final Path logFile;
    private final Process process;
    private volatile boolean stopping;

    private ServiceProcess(String name, int port, int managementPort, Path logFile, Process process) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.logFile = logFile;
        this.process = process;
    }

    /**
     * Starts the service's jar with the given Spring properties.
     *
     * @param managementPort   where its actuator answers (metrics, full health), on loopback
     * @param secrets          environment variables only the service may see, such as a password
     * @param onUnexpectedExit told when the process ends without having been asked to stop
     */
    static ServiceProcess start(String name, Path jar, int port, int managementPort, Path logDir,
            List<String> properties, Map<String, String> secrets, Consumer<ServiceProcess> onUnexpectedExit)
            throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " not found: build first with ./mvnw package -DskipTests");
        }
        requireFree(name, port);
        requireFree(name, managementPort);
        Files.createDirectories(logDir);
        Path logFile = logDir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Starts in about half the time; peak speed does not matter on a developer's machine.
                "-XX:TieredStopAtLevel=1",
                // Bounded, so the whole stack fits a laptop under sustained load (README, Memory): a heap
                // the service's working set fits in several times over, the smallest collector, and caps
                // on what grows outside the heap.
                "-Xmx" + HEAP_MB + "m", "-XX:+UseSerialGC", "-Xss512k", "-XX:ReservedCodeCacheSize=48m",
                "-XX:MaxMetaspaceSize=192m", "-XX:MaxDirectMemorySize=64m",
                "-jar", jar.toString(),
                "--server.port=" + port,
                "--management.server.port=" + managementPort));
        properties.forEach(property -> command.add("--" + property));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        withoutCarefeedSettings(builder.environment());
        // glibc gives each busy thread a malloc arena of its own, which a JVM's native memory spreads over.
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        // Secrets go in the environment: command-line arguments are visible to every user in `ps`.
        builder.environment().putAll(secrets);
        ServiceProcess service = new ServiceProcess(name, port, managementPort, logFile, builder.start());
        // Ctrl-C in a terminal signals the services too, so they may stop before being asked: not unexpected.
        service.process.onExit().thenRun(() -> {
            if (!service.stopping && !STOPPED_BY_SIGNAL.contains(service.exitCode())) {
                onUnexpectedExit.accept(service);
            }
        });
        return service;
    }

    /**
     * The local stack configures its services itself. Settings meant for a real deployment, such as
     * {@code CAREFEED_TOPICS_REPLICAS=3}, would break them against a one-node broker.
     */
    private static void withoutCarefeedSettings(Map<String, String> environment) {
        environment.keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("CAREFEED_"));
    }

    /** A leftover process on the port would answer the readiness probe in the new service's place. */
    private static void requireFree(String name, int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress("localhost", port));
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " for " + name
                    + " is in use; stop whatever holds it or choose another port (see --help)");
        }
    }

    String name() {
        return name;
    }

    String url() {
        return "http://localhost:" + port;
    }

    /** Its actuator's address, reachable from this machine only. */
    String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    Path logFile() {
        return logFile;
    }

    int exitCode() {
        return process.exitValue();
    }

    /** Waits until the service reports ready; fails early if the process dies. */
    void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/readyz"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + logFile);
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling until the deadline
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + logFile);
    }

    /** Asks the service to shut down gracefully (SIGTERM), then forces it if it does not. */
    @Override
    public void close() throws InterruptedException {
        stopping = true;
        process.destroy();
        if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
