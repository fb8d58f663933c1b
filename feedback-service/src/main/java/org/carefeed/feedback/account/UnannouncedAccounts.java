package org.carefeed.feedback.account;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;

import org.carefeed.events.EventCodec;
import org.carefeed.platform.mongo.OptimisticRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Announces, once, the accounts created before account changes were announced, so that choice-service
 * knows every account whatever version of this service created it. Accounts created since are
 * announced when created.
 */
@Component
class UnannouncedAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(UnannouncedAccounts.class);

    private final MongoTemplate mongo;
    private final AccountRepository accounts;
    private final EventCodec codec;
    private final Clock clock;

    UnannouncedAccounts(MongoTemplate mongo, AccountRepository accounts, EventCodec codec, Clock clock) {
        this.mongo = mongo;
        this.accounts = accounts;
        this.codec = codec;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int announced = 0;
        for (Account account : mongo.find(query(where("accessRevision").exists(false)), Account.class)) {
            OptimisticRetry.run(() -> accounts.findById(account.id())
                    .filter(fresh -> fresh.accessRevision() == null)
                    .map(fresh -> accounts.save(fresh.announced(codec, clock.instant()))));
            announced++;
        }
        if (announced > 0) {
            log.info("Announced {} accounts created before account changes were announced", announced);
        }
    }
}
