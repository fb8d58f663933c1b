package org.carefeed.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The packaged local-stack jar run as a user runs it, on free ports and a data directory of the test's,
 * with the HTTP calls the tests make to it.
 */
final class RunningStack implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final HttpClient http = HttpClient.newHttpClient();
    private final Path dataDir;
    /** The stack's console goes to a file: reading a pipe races with the process exiting and loses the last lines. */
    private final Path consoleDir;
    private Path console;
    /** feedback-service's first port; choice-service's is the next, and further instances follow in pairs. */
    private final int feedbackPort;
    /** feedback-service's first actuator port; choice-service's is the next, and further instances follow in pairs. */
    private final int managementPort;
    private final int instances;
    private final List<Integer> infraPorts = List.of(freePort(), freePort(), freePort());
    private final int sitePort = freePort();
    private Process stack;

    RunningStack(Path dataDir, Path consoleDir, int instances) {
        this.dataDir = dataDir;
        this.consoleDir = consoleDir;
        this.instances = instances;
        this.feedbackPort = freePorts(2 * instances);
        this.managementPort = freePorts(2 * instances);
    }

    /** Starts the stack, again on the same data directory if it ran before, and waits until it says it is running. */
    RunningStack start() throws IOException {
        console = Files.createTempFile(consoleDir, "local-stack", ".log");
        stack = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("carefeed.local-stack.jar"),
                "--data-dir=" + dataDir,
                "--kafka-port=" + infraPorts.get(0),
                "--kafka-controller-port=" + infraPorts.get(1),
                "--mongo-port=" + infraPorts.get(2),
                "--site-port=" + sitePort,
                "--feedback-port=" + feedbackPort,
                "--choice-port=" + (feedbackPort + 1),
                "--management-port=" + managementPort,
                "--instances=" + instances)
                .redirectErrorStream(true)
                .redirectOutput(console.toFile())
                .start();
        Process started = stack;
        await().atMost(START_TIMEOUT).until(() -> {
            assertThat(started.isAlive()).as("local stack exited early: %s", output()).isTrue();
            return output().stream().anyMatch(line -> line.contains("Carefeed is running"));
        });
        return this;
    }

    /** The one site: both services, by path. */
    String site() {
        return "http://localhost:" + sitePort;
    }

    String feedback() {
        return feedback(0);
    }

    String choice() {
        return choice(0);
    }

    /** Instance {@code n}, from 0, of feedback-service. */
    String feedback(int n) {
        return "http://localhost:" + (feedbackPort + 2 * n);
    }

    String choice(int n) {
        return "http://localhost:" + (feedbackPort + 1 + 2 * n);
    }

    /** The actuator (metrics, full health) of instance {@code n}, from 0, of feedback-service. */
    String feedbackManagement(int n) {
        return "http://localhost:" + (managementPort + 2 * n);
    }

    String choiceManagement(int n) {
        return "http://localhost:" + (managementPort + 1 + 2 * n);
    }

    /** The log of a service instance, such as {@code choice-service} or {@code feedback-service-2}. */
    List<String> log(String instance) throws IOException {
        return Files.readAllLines(dataDir.resolve("logs").resolve(instance + ".log"));
    }

    /** Every record of the topics, from the first offset still kept to the last, as raw bytes. */
    List<ConsumerRecord<byte[], byte[]>> records(Collection<String> topics) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers()));
                KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers(),
                        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false))) {
            List<TopicPartition> partitions = new ArrayList<>();
            admin.describeTopics(topics).allTopicNames().get().values().forEach(topic -> topic.partitions()
                    .forEach(partition -> partitions.add(new TopicPartition(topic.name(), partition.partition()))));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
            });
        } catch (Exception e) {
            throw new IllegalStateException("Could not read " + topics, e);
        }
        return records;
    }

    /** The process of the service instance listening at {@code url}: to kill it, as a crash would. */
    ProcessHandle serviceAt(String url) {
        String port = "server.port=" + URI.create(url).getPort();
        return stack.descendants()
                .filter(service -> service.info().arguments().stream().flatMap(Arrays::stream).anyMatch(arg -> arg.endsWith(port)))
                .findFirst().orElseThrow(() -> new IllegalStateException("No service at " + url));
    }

    String kafkaBootstrapServers() {
        return "localhost:" + infraPorts.get(0);
    }

    String mongoUri() {
        return "mongodb://localhost:" + infraPorts.get(2);
    }

    String demoPassword() throws IOException {
        return Files.readString(dataDir.resolve("demo-password")).strip();
    }

    List<String> output() {
        try {
            return Files.readAllLines(console);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String get(String url) throws Exception {
        return get(url, null).body();
    }

    HttpResponse<String> get(String url, String bearerToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The stack's own process, to stop it as a user would and to see its services. */
    Process process() {
        return stack;
    }

    HttpResponse<String> post(String url, String json, String bearerToken) throws Exception {
        return post(url, json, bearerToken, Map.of());
    }

    /** @param headers more request headers, such as a {@code traceparent} */
    HttpResponse<String> post(String url, String json, String bearerToken, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String signIn(String email, String password) throws Exception {
        HttpResponse<String> response = post(feedback() + "/api/auth/token",
                "{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, password), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return field(response.body(), "accessToken");
    }

    /** A string field of a JSON object, the first of that name; enough for the ids and tokens tests read. */
    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(matcher.find()).as("%s in %s", name, json).isTrue();
        return matcher.group(1);
    }

    /** Stops the stack as a user would, so that it stops its services; forcing it would orphan them. */
    @Override
    public void close() throws InterruptedException {
        if (stack == null || !stack.isAlive()) {
            return;
        }
        List<ProcessHandle> services = stack.descendants().toList();
        stack.destroy();
        if (!stack.waitFor(90, TimeUnit.SECONDS)) {
            services.forEach(ProcessHandle::destroyForcibly);
            stack.destroyForcibly().waitFor();
        }
    }

    /** The first of {@code count} consecutive free ports. */
    private static int freePorts(int count) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int first = freePort();
            if (first + count <= 65535 && IntStream.range(1, count).allMatch(i -> isFree(first + i))) {
                return first;
            }
        }
        throw new IllegalStateException("No " + count + " consecutive free ports");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
