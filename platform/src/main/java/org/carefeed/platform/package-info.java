/**
 * Spring glue both services share, switched on by auto-configuration: the RFC 9457 error edge, the
 * request body limit, CloudEvents records over Kafka, the Kafka health check, the metrics of the
 * outbox and dead letters, and the runner of versioned migrations.
 */
package org.carefeed.platform;
