package org.carefeed.localstack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the local stack keeps its data and which ports it uses. Each setting is read from a
 * {@code --name=value} argument, else from the environment variable {@code CAREFEED_NAME}
 * (upper case, dashes as underscores), else the default.
 */
record LocalStackSettings(
        Path dataDir,
        Path servicesDir,
        int kafkaPort,
        int kafkaControllerPort,
        int mongoPort,
        int sitePort,
        int feedbackPort,
        int choicePort,
        int managementPort,
        int instances) {

    /** More than this would not fit a laptop: each instance is a JVM of its own. */
    static final int MAX_INSTANCES = 4;

    static final String USAGE = """
            Usage: ./carefeed [--name=value ...]   (or java -jar local-stack/target/local-stack.jar ...)
              --data-dir=./data               Kafka log, Mongo file and service logs; kept across restarts
              --kafka-port=9092               Kafka broker (PLAINTEXT)
              --kafka-controller-port=9093    Kafka KRaft controller
              --mongo-port=27017              Mongo-wire server
              --site-port=8080                the one site: both services' pages and APIs, routed by path
              --feedback-port=8081            feedback-service HTTP
              --choice-port=8082              choice-service HTTP
              --management-port=9081          feedback-service's actuator (metrics, full health), on
                                              loopback; choice-service's is the next port
              --instances=1                   how many of each service (1 to 4); instance n listens on
                                              the ports above plus 2(n-1): --instances=2 gives
                                              feedback-service 8081 and 8083, choice-service 8082 and 8084
                                              (and their actuators 9081 and 9083, 9082 and 9084)
              --services-dir=<beside jar>     folder holding feedback-service.jar and choice-service.jar
            Each can also be set as an environment variable: CAREFEED_DATA_DIR, CAREFEED_KAFKA_PORT, ...
            """;

    private static final List<String> NAMES = List.of("data-dir", "services-dir", "kafka-port",
            "kafka-controller-port", "mongo-port", "site-port", "feedback-port", "choice-port", "management-port", "instances");

    static LocalStackSettings from(String[] args, Map<String, String> environment, Path defaultServicesDir) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : null;
            if (name == null || !NAMES.contains(name)) {
                throw new IllegalArgumentException("Unknown argument: " + arg);
            }
            given.put(name, arg.substring(equals + 1));
        }
        for (String name : NAMES) {
            String variable = "CAREFEED_" + name.toUpperCase().replace('-', '_');
            if (!given.containsKey(name) && environment.containsKey(variable)) {
                given.put(name, environment.get(variable));
            }
        }
        return new LocalStackSettings(
                Path.of(given.getOrDefault("data-dir", "data")).toAbsolutePath().normalize(),
                given.containsKey("services-dir") ? Path.of(given.get("services-dir")) : defaultServicesDir,
                port(given, "kafka-port", 9092),
                port(given, "kafka-controller-port", 9093),
                port(given, "mongo-port", 27017),
                port(given, "site-port", 8080),
                port(given, "feedback-port", 8081),
                port(given, "choice-port", 8082),
                port(given, "management-port", 9081),
                instances(given.get("instances")));
    }

    private static int instances(String value) {
        if (value == null) {
            return 1;
        }
        try {
            int instances = Integer.parseInt(value.trim());
            if (instances < 1 || instances > MAX_INSTANCES) {
                throw new NumberFormatException();
            }
            return instances;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--instances must be from 1 to " + MAX_INSTANCES + ", was: " + value);
        }
    }

    /** The HTTP port of instance {@code n} (from 0) of a service whose first instance listens on {@code first}. */
    static int portOf(int first, int n) {
        return first + 2 * n;
    }

    private static int port(Map<String, String> given, String name, int defaultPort) {
        String value = given.get(name);
        if (value == null) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a port number from 1 to 65535, was: " + value);
        }
    }

    /** The one address patients and staff use, whichever service answers. */
    String siteUrl() {
        return "http://localhost:" + sitePort;
    }

    String kafkaBootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    String mongoUri(String database) {
        return "mongodb://localhost:" + mongoPort + "/" + database;
    }
}
