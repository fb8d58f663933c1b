package org.carefeed.choice.summary;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How review figures are made.
 *
 * @param minimumReviews reviews in the window from which the average and the fair score are shown
 * @param priorMean      the rating a provider is assumed to have before its reviews say otherwise
 * @param priorWeight    how many reviews that assumption counts as
 * @param window         how far back published reviews count, such as {@code 24m}
 * @param refreshCron    when every provider's figures (reviews and complaints) are recomputed as the
 *                       windows move, in England's time; {@code -} turns it off
 */
@ConfigurationProperties("carefeed.ratings")
record RatingProperties(
        @DefaultValue("5") int minimumReviews,
        @DefaultValue("3.0") double priorMean,
        @DefaultValue("10") double priorWeight,
        @DefaultValue("24m") Period window,
        @DefaultValue("0 15 3 * * *") String refreshCron) {

    RatingProperties {
        if (minimumReviews < 1) {
            throw new IllegalArgumentException("carefeed.ratings.minimum-reviews must be 1 or more");
        }
        if (priorMean < 1 || priorMean > 5) {
            throw new IllegalArgumentException("carefeed.ratings.prior-mean must be a rating from 1 to 5");
        }
        if (priorWeight < 0) {
            throw new IllegalArgumentException("carefeed.ratings.prior-weight must not be negative");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("carefeed.ratings.window must be a positive period, such as 24m");
        }
    }
}
