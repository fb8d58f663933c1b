/**
 * What the services' integration tests share: real infrastructure started once per JVM (an in-JVM
 * Kafka broker in KRaft mode and the Mongo-wire server, or pinned containers under
 * {@code -Preal-infra}), and small helpers to read topics and call the HTTP API.
 */
package org.carefeed.testsupport;
