package org.carefeed.testsupport.indexes;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records the shape of every query the service sends to MongoDB, for {@link EveryQueryIndexed}.
 * Imported by {@code IntegrationTest}, so every integration test records and the shared context stays one;
 * a test with a context of its own imports it too.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RecordQueryShapes {

    @Bean
    MongoClientSettingsBuilderCustomizer queryShapeListener() {
        return settings -> settings.addCommandListener(RecordedQueries.INSTANCE);
    }
}
