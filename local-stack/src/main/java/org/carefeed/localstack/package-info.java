/**
 * The one-command local run: a real Kafka broker (KRaft, combined mode) and a Mongo-wire server in this
 * JVM, and both services as child processes, each with its own classpath and configuration.
 */
package org.carefeed.localstack;
