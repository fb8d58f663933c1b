package org.carefeed.feedback;

import java.util.List;

import org.carefeed.feedback.operations.RepartitionCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Takes patients' reviews (and later complaints), stores them, and tells the world through Kafka. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class FeedbackServiceApplication {

    /** Runs the service; or, with {@code repartition} first, that operation (see {@link RepartitionCommand}). */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("repartition")) {
            System.exit(RepartitionCommand.run(List.of(args).subList(1, args.length), System.getenv()));
        }
        SpringApplication.run(FeedbackServiceApplication.class, args);
    }
}
