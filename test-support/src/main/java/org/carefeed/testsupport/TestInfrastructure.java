package org.carefeed.testsupport;

/** Which infrastructure the integration tests run against, chosen by the {@code real-infra} Maven profile. */
public enum TestInfrastructure {

    /** The in-JVM Kafka broker and the Mongo-wire server: the default, needs nothing installed. */
    EMBEDDED,

    /** MongoDB and Apache Kafka containers through Testcontainers: needs Docker and an image registry. */
    CONTAINERS;

    public static final String PROPERTY = "carefeed.test.infra";

    public static TestInfrastructure selected() {
        return "containers".equalsIgnoreCase(System.getProperty(PROPERTY, "embedded")) ? CONTAINERS : EMBEDDED;
    }
}
