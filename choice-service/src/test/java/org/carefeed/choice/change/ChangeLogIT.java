package org.carefeed.choice.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.carefeed.testsupport.EmbeddedInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The change log on the Mongo-wire server through the driver, in a database of its own so that
 * forgetting positions here cannot touch the service's feed that other tests read.
 */
class ChangeLogIT {

    private static final Instant NOW = Instant.parse("2026-12-08T12:00:00Z");

    private final MongoClient client = MongoClients.create(EmbeddedInfrastructure.mongoUri());
    private final MongoTemplate mongo = new MongoTemplate(client, "carefeed-change-log-test");
    private final ChangeLog log = new ChangeLog(mongo);

    @AfterEach
    void dropDatabase() {
        mongo.getDb().drop();
        client.close();
    }

    private void record(long position, int daysAgo) {
        log.record(position, new ChangeNotice("review", "r" + position), NOW.minusSeconds(daysAgo * 86_400L));
    }

    @Test
    void oldChangesAreForgottenAsARunFromTheStartNeverAGap() {
        record(1, 100);
        record(2, 95);
        // Announced later than 4 but appended before it: goes with the run below 4.
        record(3, 10);
        record(4, 91);
        record(5, 80);
        record(6, 1);

        long forgotten = log.forgetBefore(NOW.minusSeconds(90 * 86_400L));

        assertThat(forgotten).isEqualTo(4);
        assertThat(log.first()).hasValue(5);
        assertThat(log.after(4, 10)).extracting(ChangeLog.Entry::position).containsExactly(5L, 6L);
    }

    @Test
    void theLastPositionAlwaysStaysSoAnUpToDateClientCanAskFromIt() {
        record(1, 400);
        record(2, 300);

        log.forgetBefore(NOW);

        assertThat(log.first()).hasValue(2);
        assertThat(log.last()).hasValue(2);
        assertThat(log.after(2, 10)).isEmpty();
    }

    @Test
    void aReadStopsAtTheFirstPositionNotRecorded() {
        for (long position : List.of(1L, 2L, 4L)) {
            record(position, 1);
        }

        assertThat(log.after(0, 10)).extracting(ChangeLog.Entry::position).containsExactly(1L, 2L);
    }
}
