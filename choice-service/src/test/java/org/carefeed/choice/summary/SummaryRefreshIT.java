package org.carefeed.choice.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The nightly refresh of every provider's figures runs on one instance, however many fire at once. */
class SummaryRefreshIT extends IntegrationTest {

    @Autowired
    FiguresCheck check;

    @Autowired
    RatingProperties ratings;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Clock clock;

    @Test
    void twoInstancesFiringTogetherRefreshOnce() {
        mongo.remove(Query.query(Criteria.where("_id").is(SummaryRefresh.LEASE)), "leases");
        SummaryRefresh one = new SummaryRefresh(check, ratings, mongo, clock);
        SummaryRefresh other = new SummaryRefresh(check, ratings, mongo, clock);

        assertThat(one.refresh()).as("the first to fire runs it").isPresent();
        assertThat(other.refresh()).as("the other finds this period's run taken").isEmpty();
        assertThat(one.refresh()).as("the one that ran may run again, by hand say").isPresent();
    }
}
