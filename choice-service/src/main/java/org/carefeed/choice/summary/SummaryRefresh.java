package org.carefeed.choice.summary;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Recomputes every provider's figures on a schedule ({@code carefeed.ratings.refresh-cron}, daily by
 * default): the windows move on with time, so figures change even when no event arrives.
 */
@Component
class SummaryRefresh implements SchedulingConfigurer {

    private static final String DISABLED = "-";

    private final ProviderSummaries summaries;
    private final RatingProperties properties;

    SummaryRefresh(ProviderSummaries summaries, RatingProperties properties) {
        this.summaries = summaries;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!DISABLED.equals(properties.refreshCron())) {
            registrar.addTriggerTask(summaries::refreshAll, new CronTrigger(properties.refreshCron(), Windows.LONDON));
        }
    }
}
