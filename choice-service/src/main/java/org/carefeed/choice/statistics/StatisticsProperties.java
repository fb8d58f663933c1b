package org.carefeed.choice.statistics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the open statistics are kept.
 *
 * @param recountInterval how long a month's moderation counts are served after they were counted, even
 *                        when outcomes arrived since: a busy month is then counted at most once in that
 *                        time per instance, however many read it; {@code 0s} counts every changed month
 *                        at its next read
 */
@ConfigurationProperties("carefeed.statistics")
record StatisticsProperties(@DefaultValue("1m") Duration recountInterval) {

    StatisticsProperties {
        if (recountInterval.isNegative()) {
            throw new IllegalArgumentException("carefeed.statistics.recount-interval must not be negative");
        }
    }
}
