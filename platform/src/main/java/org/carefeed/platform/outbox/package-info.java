/**
 * The transactional outbox without transactions, for any service that publishes events: an event is stored inside the document it is about,
 * in the same single-document write, and a relay publishes it to Kafka and then removes it. What the
 * service acknowledged reaches Kafka even if Kafka was down at the time, at least once.
 */
package org.carefeed.platform.outbox;
