package org.carefeed.platform.metrics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The services' own metrics.
 *
 * @param queryInterval gauges that query MongoDB (moderation queue, outbox backlog) ask it at most once
 *                      per this interval in each instance, however often they are scraped
 */
@ConfigurationProperties("carefeed.metrics")
public record MetricsProperties(@DefaultValue("15s") Duration queryInterval) {
}
