package org.carefeed.choice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Helps patients find and compare providers, and gives all public data back as open feeds. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ChoiceServiceApplication {

    /**
     * Runs the service; or, with {@code import <file or folder>...} as first arguments, imports those
     * files and exits (see {@code ImportCommand}).
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(SpringApplication.exit(importCommand().run(importArguments(args))));
        }
        SpringApplication.run(ChoiceServiceApplication.class, args);
    }

    static SpringApplication importCommand() {
        SpringApplication application = new SpringApplication(ChoiceServiceApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(Map.of(
                "spring.kafka.listener.auto-startup", "false",
                "carefeed.outbox.relay", "false",
                "carefeed.webhooks.deliver", "false",
                "carefeed.ratings.refresh-cron", "-",
                "carefeed.changes.purge-cron", "-",
                "spring.main.banner-mode", "off",
                "logging.level.root", "WARN"));
        return application;
    }

    /** {@code import a b --x=y} becomes {@code --carefeed.import.paths=a,b --x=y}. */
    static String[] importArguments(String[] args) {
        List<String> paths = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String arg : Arrays.asList(args).subList(1, args.length)) {
            (arg.startsWith("--") ? rest : paths).add(arg);
        }
        if (paths.isEmpty()) {
            System.err.println("Usage: java -jar choice-service.jar import <file or folder>... "
                    + "[--source=<publisher>] [--period=<period>] [--close-missing=false]");
            System.exit(2);
        }
        rest.add("--carefeed.import.paths=" + String.join(",", paths));
        return rest.toArray(String[]::new);
    }
}
