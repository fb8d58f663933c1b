package org.carefeed.choice.change;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import org.carefeed.platform.mongo.Leases;
import org.carefeed.platform.mongo.OncePerPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Forgets changes older than the retention, once a day across all instances: the nightly figures
 * refresh alone announces every provider's figures, so a log kept for ever would grow by tens of
 * thousands of positions a night.
 */
@Component
class ChangeRetention implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ChangeRetention.class);
    private static final String NEVER = "-";

    private final ChangeLog changes;
    private final ChangeFeedProperties properties;
    private final Clock clock;
    private final OncePerPeriod once;

    ChangeRetention(ChangeLog changes, ChangeFeedProperties properties, MongoTemplate mongo, Clock clock) {
        this.changes = changes;
        this.properties = properties;
        this.clock = clock;
        this.once = new OncePerPeriod(new Leases(mongo, clock), "changes-purge", Duration.ofHours(1));
    }

    /** @return how many changes were forgotten, or empty if another instance holds this run */
    Optional<Long> purge() {
        return once.run(() -> {
            long forgotten = changes.forgetBefore(clock.instant().minus(properties.retention()));
            log.info("Change feed: {} changes older than {} forgotten", forgotten, properties.retention());
            return forgotten;
        });
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!NEVER.equals(properties.purgeCron())) {
            registrar.addTriggerTask(this::purge, new CronTrigger(properties.purgeCron(), ZoneId.of("Europe/London")));
        }
    }
}
