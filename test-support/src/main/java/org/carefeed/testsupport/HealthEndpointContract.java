package org.carefeed.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** What every service's health endpoint must show; each service runs it by extending this class. */
public abstract class HealthEndpointContract extends IntegrationTest {

    @Test
    void healthShowsMongoDbAndKafkaStatusWithoutDetails() {
        // A service may be up but not yet ready (feedback-service copying the directory at start-up).
        HttpApi.Response health = await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/actuator/health"), response -> response.status() == 200);

        assertThat(health.json().at("/components/mongo/status").asString()).isEqualTo("UP");
        assertThat(health.json().at("/components/kafka/status").asString()).isEqualTo("UP");
        assertThat(health.body()).as("no addresses or versions to the public").doesNotContain("clusterId", "localhost");
    }
}
