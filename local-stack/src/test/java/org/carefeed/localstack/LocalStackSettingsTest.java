package org.carefeed.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LocalStackSettingsTest {

    private static final Path SERVICES = Path.of("/opt/carefeed/services");

    @Test
    void defaultsAreTheDocumentedPortsAndDataBesideTheWorkingDirectory() {
        LocalStackSettings settings = LocalStackSettings.from(new String[0], Map.of(), SERVICES);

        assertThat(settings.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(settings.servicesDir()).isEqualTo(SERVICES);
        assertThat(settings.kafkaPort()).isEqualTo(9092);
        assertThat(settings.mongoPort()).isEqualTo(27017);
        assertThat(settings.sitePort()).isEqualTo(8080);
        assertThat(settings.siteUrl()).isEqualTo("http://localhost:8080");
        assertThat(settings.feedbackPort()).isEqualTo(8081);
        assertThat(settings.choicePort()).isEqualTo(8082);
        assertThat(settings.managementPort()).isEqualTo(9081);
    }

    @Test
    void argumentsWinOverEnvironmentWhichWinsOverDefaults() {
        LocalStackSettings settings = LocalStackSettings.from(
                new String[] {"--kafka-port=19092", "--data-dir=/tmp/cf"},
                Map.of("CAREFEED_KAFKA_PORT", "29092", "CAREFEED_MONGO_PORT", "27018", "CAREFEED_SITE_PORT", "18080"),
                SERVICES);

        assertThat(settings.kafkaPort()).isEqualTo(19092);
        assertThat(settings.mongoPort()).isEqualTo(27018);
        assertThat(settings.sitePort()).isEqualTo(18080);
        assertThat(settings.dataDir()).isEqualTo(Path.of("/tmp/cf"));
        assertThat(settings.kafkaBootstrapServers()).isEqualTo("localhost:19092");
    }

    @Test
    void rejectsUnknownArgumentsAndBadPorts() {
        assertThatThrownBy(() -> LocalStackSettings.from(new String[] {"--kafka=1"}, Map.of(), SERVICES))
                .hasMessageContaining("Unknown argument");
        assertThatThrownBy(() -> LocalStackSettings.from(new String[] {"--mongo-port=70000"}, Map.of(), SERVICES))
                .hasMessageContaining("--mongo-port");
        assertThatThrownBy(() -> LocalStackSettings.from(new String[0], Map.of("CAREFEED_CHOICE_PORT", "x"), SERVICES))
                .hasMessageContaining("--choice-port");
    }

    @Test
    void severalInstancesListenOnConsecutivePortsAfterTheFirst() {
        LocalStackSettings settings = LocalStackSettings.from(new String[] {"--instances=2"}, Map.of(), SERVICES);

        assertThat(settings.instances()).isEqualTo(2);
        assertThat(LocalStackSettings.portOf(settings.feedbackPort(), 1)).isEqualTo(8083);
        assertThat(LocalStackSettings.portOf(settings.choicePort(), 1)).isEqualTo(8084);
        assertThat(LocalStackSettings.from(new String[0], Map.of(), SERVICES).instances()).isEqualTo(1);
        assertThatThrownBy(() -> LocalStackSettings.from(new String[] {"--instances=9"}, Map.of(), SERVICES))
                .hasMessageContaining("--instances");
    }
}
