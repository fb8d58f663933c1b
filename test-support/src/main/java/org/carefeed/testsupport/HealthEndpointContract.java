package org.carefeed.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What every service's health endpoint must show; each service runs it by extending this class. */
public abstract class HealthEndpointContract extends IntegrationTest {

    @Test
    void healthShowsMongoDbAndKafkaStatusWithoutDetails() {
        HttpApi.Response health = api().get("/actuator/health");

        assertThat(health.status()).as(health.body()).isEqualTo(200);
        assertThat(health.json().at("/components/mongo/status").asString()).isEqualTo("UP");
        assertThat(health.json().at("/components/kafka/status").asString()).isEqualTo("UP");
        assertThat(health.body()).as("no addresses or versions to the public").doesNotContain("clusterId", "localhost");
    }
}
