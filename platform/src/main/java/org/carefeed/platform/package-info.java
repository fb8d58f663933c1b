/**
 * Spring glue both services share, switched on by auto-configuration: the RFC 9457 error edge, the
 * request body limit, CloudEvents records over Kafka, the Kafka health check, and the metrics of the
 * outbox and dead letters.
 */
package org.carefeed.platform;
