package org.carefeed.testsupport;

import org.carefeed.testsupport.indexes.RecordQueryShapes;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every integration test: the whole service on a random port, against real Kafka and MongoDB,
 * with the token keys of this test run (see {@link TestTokens}), recording the shape of every query the
 * service sends (see {@link RecordQueryShapes}).
 * Tests that extend it and add no configuration of their own share one Spring context, so the
 * service starts once per module.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ContainerInfrastructure.class, RecordQueryShapes.class, MongoCommands.Listening.class})
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;

    /** The actuator's own port (metrics, full health), never the public one. */
    @LocalManagementPort
    protected int managementPort;

    @DynamicPropertySource
    static void embeddedInfrastructure(DynamicPropertyRegistry registry) {
        if (TestInfrastructure.selected() == TestInfrastructure.EMBEDDED) {
            registry.add("spring.kafka.bootstrap-servers", EmbeddedInfrastructure::kafkaBootstrapServers);
            registry.add("spring.mongodb.uri", EmbeddedInfrastructure::mongoUri);
        }
        TestTokens.configureKeys(registry);
    }

    protected HttpApi api() {
        return new HttpApi("http://localhost:" + port);
    }

    /** The actuator's endpoints, as a scraper on the management network reaches them. */
    protected HttpApi management() {
        return new HttpApi("http://localhost:" + managementPort);
    }

    /** What {@code /actuator/prometheus} shows now. */
    protected ScrapedMetrics scrape() {
        HttpApi.Response response = management().get("/actuator/prometheus");
        if (response.status() != 200) {
            throw new AssertionError("/actuator/prometheus answered " + response.status() + ": " + response.body());
        }
        return ScrapedMetrics.parse(response.body());
    }
}
