package org.carefeed.choice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Helps patients find and compare providers, and gives all public data back as open feeds. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ChoiceServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChoiceServiceApplication.class, args);
    }
}
