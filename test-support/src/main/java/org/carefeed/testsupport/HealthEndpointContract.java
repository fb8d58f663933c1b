package org.carefeed.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * What every service's health endpoints must show, and where: the probes on the service port, the
 * rest of the actuator on the management port only. Each service runs it by extending this class.
 */
public abstract class HealthEndpointContract extends IntegrationTest {

    @Test
    void healthShowsMongoDbAndKafkaStatusWithoutDetailsOnTheManagementPort() {
        // A service may be up but not yet ready (feedback-service copying the directory at start-up).
        HttpApi.Response health = await().atMost(Duration.ofSeconds(30))
                .until(() -> management().get("/actuator/health"), response -> response.status() == 200);

        assertThat(health.json().at("/components/mongo/status").asString()).isEqualTo("UP");
        assertThat(health.json().at("/components/kafka/status").asString()).isEqualTo("UP");
        assertThat(health.body()).as("no addresses or versions").doesNotContain("clusterId", "localhost");
    }

    @Test
    void probesAnswerOnTheServicePortAndNothingElseOfTheActuatorDoes() {
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get("/readyz").status() == 200);
        HttpApi.Response live = api().get("/livez");
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.body()).contains("\"status\":\"UP\"").doesNotContain("mongo", "kafka");

        for (String path : new String[] {"/actuator/health", "/actuator/prometheus", "/actuator/info", "/actuator"}) {
            assertThat(api().get(path).status()).as("%s on the service port", path).isEqualTo(404);
        }
        assertThat(management().get("/actuator/prometheus").status()).isEqualTo(200);
    }
}
