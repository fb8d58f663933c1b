/**
 * Real infrastructure that runs inside a JVM: an Apache Kafka broker in KRaft mode and the Mongo-wire
 * server. Used by the local stack and by tests that need a broker they can stop and start; never by
 * the services themselves.
 */
package org.carefeed.embedded;
