package org.carefeed.choice.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void bayesianAverageStartsAtThePriorAndMovesTowardsTheRatings() {
        assertThat(Stats.bayesianAverage(3.0, 10, 0, 0)).isEqualTo(3.0);
        assertThat(Stats.bayesianAverage(3.0, 10, 5, 1)).isEqualTo(35.0 / 11);
        assertThat(Stats.bayesianAverage(3.0, 0, 9, 2)).as("no prior: the plain mean").isEqualTo(4.5);
    }

    @Test
    void oneFiveStarReviewScoresBelowAHundredReviewsAveraging4Point8() {
        double single = Stats.bayesianAverage(3.0, 10, 5, 1);
        double hundred = Stats.bayesianAverage(3.0, 10, 480, 100);

        assertThat(single).isLessThan(3.2);
        assertThat(hundred).isGreaterThan(4.6).isGreaterThan(single);
    }

    @Test
    void roundsHalfUp() {
        assertThat(Stats.round(3.665, 2)).isEqualTo(3.67);
        assertThat(Stats.round(2.0 / 3, 2)).isEqualTo(0.67);
        assertThat(Stats.round(7.25, 1)).isEqualTo(7.3);
    }

    @Test
    void percentHasOneDecimalAndNoneWithoutAWhole() {
        assertThat(Stats.percent(1, 3)).isEqualTo(33.3);
        assertThat(Stats.percent(2, 3)).isEqualTo(66.7);
        assertThat(Stats.percent(0, 0)).isNull();
    }
}
