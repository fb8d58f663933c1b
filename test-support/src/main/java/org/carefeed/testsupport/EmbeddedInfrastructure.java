package org.carefeed.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import org.carefeed.embedded.IdFirstBackends;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real Kafka broker (KRaft) and a Mongo-wire server (memory backend), started once per JVM the
 * first time a test asks for them and running until the JVM exits, so every Spring context in a test
 * run shares them.
 */
public final class EmbeddedInfrastructure {

    private static EmbeddedKafkaKraftBroker kafka;
    private static MongoServer mongo;
    private static String mongoUri;

    private EmbeddedInfrastructure() {
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            // Topics are created by the services themselves, as they would be against a real cluster.
            kafka = new EmbeddedKafkaKraftBroker(1, 1);
            kafka.afterPropertiesSet();
            // Not stopped by a shutdown hook of its own: hooks run all at once, and a broker gone before
            // the Spring contexts close leaves their clients retrying until the JVM is killed. The
            // process ending stops it.
        }
        return kafka.getBrokersAsString();
    }

    /** Connection string without a database: each service names its own. */
    public static synchronized String mongoUri() {
        if (mongo == null) {
            mongo = new MongoServer(IdFirstBackends.inMemory());
            mongoUri = mongo.bindAndGetConnectionString();
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::shutdownNow, "mongo-wire-stop"));
        }
        return mongoUri;
    }
}
