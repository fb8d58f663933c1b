package org.carefeed.choice.change;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the change feed keeps its positions.
 *
 * @param retention  changes older than this are forgotten, oldest first, on the topic and in the log; a
 *                   client further behind is told (410) to take a fresh copy and follow from the oldest kept
 * @param purgeCron  when the log forgets them (England's time); {@code -} never
 */
@ConfigurationProperties("carefeed.changes")
record ChangeFeedProperties(@DefaultValue("90d") Duration retention, @DefaultValue("0 45 3 * * *") String purgeCron) {
}
