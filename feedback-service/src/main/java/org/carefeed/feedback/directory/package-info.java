/**
 * feedback-service's own copy of the provider directory, kept from the providers topic, so it can
 * check providers and show their names without calling choice-service.
 */
package org.carefeed.feedback.directory;
