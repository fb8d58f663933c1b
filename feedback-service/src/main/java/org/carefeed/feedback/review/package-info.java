/**
 * Patients' reviews of a provider: submission over HTTP, storage, and publication to Kafka through
 * the outbox.
 */
package org.carefeed.feedback.review;
