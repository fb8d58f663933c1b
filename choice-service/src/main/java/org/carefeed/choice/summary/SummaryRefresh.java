package org.carefeed.choice.summary;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.carefeed.platform.mongo.Leases;
import org.carefeed.platform.mongo.OncePerPeriod;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Checks every provider's counters against their source and recomputes every provider's figures on a
 * schedule ({@code carefeed.ratings.refresh-cron}, daily by default): the windows move on with time, so
 * figures change even when no event arrives. Once across all instances of the service, under a lease
 * kept for an hour.
 */
@Component
class SummaryRefresh implements SchedulingConfigurer {

    private static final String DISABLED = "-";

    static final String LEASE = "figures-refresh";

    private final FiguresCheck check;
    private final RatingProperties properties;
    private final OncePerPeriod once;

    SummaryRefresh(FiguresCheck check, RatingProperties properties, MongoTemplate mongo, Clock clock) {
        this.check = check;
        this.properties = properties;
        this.once = new OncePerPeriod(new Leases(mongo, clock), LEASE, Duration.ofHours(1));
    }

    /** @return what the check found, or empty if another instance holds this run */
    Optional<FiguresCheck.Report> refresh() {
        return once.run(check::checkAll);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!DISABLED.equals(properties.refreshCron())) {
            registrar.addTriggerTask(this::refresh, new CronTrigger(properties.refreshCron(), Windows.LONDON));
        }
    }
}
