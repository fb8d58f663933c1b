package org.carefeed.choice.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The arithmetic of the figures, as pure functions. */
public final class Stats {

    private Stats() {
    }

    /**
     * A Bayesian average: the ratings' mean pulled towards {@code priorMean} as if {@code priorWeight}
     * reviews of that rating came first. Few reviews stay near the prior; many speak for themselves.
     */
    static double bayesianAverage(double priorMean, double priorWeight, long sumOfRatings, long count) {
        return (priorWeight * priorMean + sumOfRatings) / (priorWeight + count);
    }

    /** Rounded half up to {@code decimals} places, the same way on every machine. */
    public static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /** {@code part} of {@code whole} as a percentage with one decimal; null when there is no whole. */
    static Double percent(long part, long whole) {
        return whole == 0 ? null : round(100.0 * part / whole, 1);
    }
}
