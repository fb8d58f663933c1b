package org.carefeed.feedback.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.carefeed.events.Topics;
import org.carefeed.platform.kafka.TopicRepartition;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar feedback-service.jar repartition --partitions=6 [--bootstrap-servers=host:9092]
 * [topic...]}: gives Carefeed's topics (or those named) another partition count, with every service
 * stopped (see {@link TopicRepartition} and docs/deploy.md). Plain Java, no Spring context: it needs
 * only the broker.
 */
public final class RepartitionCommand {

    /** Every topic whose records are keyed; the reviews' dead-letter topic must match the reviews topic. */
    static final List<String> CAREFEED_TOPICS = List.of(Topics.REVIEWS, Topics.deadLetter(Topics.REVIEWS),
            Topics.REVIEW_OUTCOMES, Topics.PROVIDERS, Topics.COMPLAINTS, Topics.ACCOUNTS);

    private static final String USAGE = "Usage: java -jar feedback-service.jar repartition --partitions=<n> "
            + "[--bootstrap-servers=<host:port,...>] [topic...]\n"
            + "Stop every instance of both services first; without topics, all of " + CAREFEED_TOPICS;

    private RepartitionCommand() {
    }

    /** @return the process's exit code: 0 done, 1 refused or failed, 2 wrong arguments */
    public static int run(List<String> args, Map<String, String> environment) {
        Integer partitions = null;
        String servers = environment.getOrDefault("SPRING_KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
        List<String> topics = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--partitions=")) {
                partitions = positive(arg.substring("--partitions=".length()));
            } else if (arg.startsWith("--bootstrap-servers=")) {
                servers = arg.substring("--bootstrap-servers=".length());
            } else if (arg.startsWith("--")) {
                partitions = null;
                break;
            } else {
                topics.add(arg);
            }
        }
        if (partitions == null) {
            System.err.println(USAGE);
            return 2;
        }
        quietKafkaClients();
        try {
            new TopicRepartition(servers, System.out::println)
                    .repartition(topics.isEmpty() ? CAREFEED_TOPICS : topics, partitions);
            System.out.println("Done. Start the services with CAREFEED_TOPICS_PARTITIONS=" + partitions + ".");
            return 0;
        } catch (TopicRepartition.Refused refused) {
            System.err.println(refused.getMessage());
            return 1;
        } catch (Exception e) {
            System.err.println("Repartition failed: " + e + ". Run it again: it takes up where it stopped.");
            return 1;
        }
    }

    /** The operator reads this command's own lines; the clients' start-up and shutdown chatter would bury them. */
    private static void quietKafkaClients() {
        if (LoggerFactory.getLogger("org.apache.kafka") instanceof Logger kafkaLogs) {
            kafkaLogs.setLevel(Level.WARN);
        }
    }

    private static Integer positive(String text) {
        try {
            int value = Integer.parseInt(text);
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
