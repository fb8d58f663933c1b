package org.carefeed.choice.summary;

import java.util.Map;
import java.util.SortedMap;

/**
 * Durations counted in buckets, so a median can be kept as a few hundred counters instead of a list of
 * every value. Buckets are exact to the minute for the first hour; beyond it each is 2% wider than the
 * one before and stands for its geometric middle, so a median read from them is off by at most 1% (about
 * 15 minutes at a day, 2.4 hours at ten days). Two years take about 500 buckets.
 */
public final class Durations {

    private static final long EXACT_BELOW = 60;
    private static final double GROWTH = 1.02;

    private Durations() {
    }

    /** The bucket {@code minutes} falls in (negative durations count as none). */
    public static long bucketOf(long minutes) {
        long m = Math.max(0, minutes);
        if (m < EXACT_BELOW) {
            return m;
        }
        return EXACT_BELOW + (long) Math.floor(Math.log((double) m / EXACT_BELOW) / Math.log(GROWTH));
    }

    /** The minutes a bucket stands for. */
    public static double valueOf(long bucket) {
        if (bucket < EXACT_BELOW) {
            return bucket;
        }
        return EXACT_BELOW * Math.pow(GROWTH, bucket - EXACT_BELOW + 0.5);
    }

    /**
     * The median, in minutes, of the durations counted by bucket: the middle one, or the mean of the two
     * middle ones of an even count; null for none.
     */
    public static Double median(SortedMap<Long, Long> countsByBucket) {
        long total = countsByBucket.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        double lower = valueAtRank(countsByBucket, (total - 1) / 2);
        double upper = valueAtRank(countsByBucket, total / 2);
        return (lower + upper) / 2;
    }

    /**
     * The nearest-rank percentile, in minutes, of the durations counted by bucket: the smallest value with
     * at least {@code percent}% of them at or below it (the 9th of 10 for the 90th); null for none.
     */
    public static Double percentile(SortedMap<Long, Long> countsByBucket, int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("percent must be 1 to 100, was " + percent);
        }
        long total = countsByBucket.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        long rank = (total * percent + 99) / 100;
        return valueAtRank(countsByBucket, rank - 1);
    }

    private static double valueAtRank(SortedMap<Long, Long> countsByBucket, long rank) {
        long seen = 0;
        for (Map.Entry<Long, Long> bucket : countsByBucket.entrySet()) {
            seen += bucket.getValue();
            if (rank < seen) {
                return valueOf(bucket.getKey());
            }
        }
        throw new IllegalArgumentException("rank " + rank + " beyond " + seen);
    }
}
