package org.carefeed.choice.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class DurationsTest {

    private static final long DAY = 24 * 60;

    private static SortedMap<Long, Long> counted(long... minutes) {
        SortedMap<Long, Long> buckets = new TreeMap<>();
        LongStream.of(minutes).forEach(m -> buckets.merge(Durations.bucketOf(m), 1L, Long::sum));
        return buckets;
    }

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertThat(Durations.median(counted(9, 1, 4))).isEqualTo(4.0);
        assertThat(Durations.median(counted(50))).isEqualTo(50.0);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertThat(Durations.median(counted(10, 1, 4, 7))).isEqualTo(5.5);
        assertThat(Durations.median(counted(4, 10))).isEqualTo(7.0);
    }

    @Test
    void percentileIsTheNearestRank() {
        // The 90th of ten is the ninth; of eleven, the tenth (ceil(9.9)); the 50th of four, the second.
        assertThat(Durations.percentile(counted(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 90)).isEqualTo(9.0);
        assertThat(Durations.percentile(counted(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), 90)).isEqualTo(10.0);
        assertThat(Durations.percentile(counted(40, 10, 30, 20), 50)).isEqualTo(20.0);
        assertThat(Durations.percentile(counted(7), 90)).isEqualTo(7.0);
        assertThat(Durations.percentile(new TreeMap<>(), 90)).isNull();
    }

    @Test
    void medianOfNothingIsNull() {
        assertThat(Durations.median(new TreeMap<>())).isNull();
    }

    @Test
    void durationsUnderAnHourAreExact() {
        assertThat(LongStream.range(0, 60).allMatch(m -> Durations.valueOf(Durations.bucketOf(m)) == m)).isTrue();
    }

    @Test
    void longerDurationsAreWithinTheDocumentedError() {
        for (long m = 60; m < 800 * DAY; m += 7) {
            double error = Math.abs(Durations.valueOf(Durations.bucketOf(m)) - m);
            assertThat(error).as("%d minutes", m).isLessThanOrEqualTo(m * 0.01);
        }
    }

    @Test
    void twoYearsTakeAboutFiveHundredBuckets() {
        assertThat(Durations.bucketOf(731 * DAY)).isLessThan(560);
    }

    @Test
    void negativeDurationsCountAsNone() {
        assertThat(Durations.bucketOf(-30)).isZero();
    }
}
