/**
 * Spring glue both services share, switched on by auto-configuration: the RFC 9457 error edge, the
 * request body limit, CloudEvents records over Kafka and the Kafka health check.
 */
package org.carefeed.platform;
