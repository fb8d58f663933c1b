package org.carefeed.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

class HealthIT extends IntegrationTest {

    @Test
    void healthShowsMongoDbAndKafkaWithoutDetails() {
        HttpApi.Response health = api().get("/actuator/health");

        assertThat(health.status()).as(health.body()).isEqualTo(200);
        assertThat(health.json().at("/components/mongo/status").asString()).isEqualTo("UP");
        assertThat(health.json().at("/components/kafka/status").asString()).isEqualTo("UP");
        assertThat(health.body()).doesNotContain("clusterId", "maxWireVersion");
    }
}
