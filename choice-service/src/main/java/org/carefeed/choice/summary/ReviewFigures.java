package org.carefeed.choice.summary;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A provider's figures over its reviews published since {@code since}, as served. Below the minimum
 * the average and the fair score are null, and {@code scoreHiddenReason} says why.
 *
 * @param since               first day (England) of the window, as an ISO date; text, because a stored
 *                            date would be converted through the zone of whichever machine wrote it
 * @param reviewCount         published reviews in the window
 * @param ratingDistribution  how many of them gave 1, 2, 3, 4 and 5 stars
 * @param averageRating       their mean rating, two decimals; null below {@code scoreShownFrom}
 * @param fairScore           the Bayesian average, two decimals; null below {@code scoreShownFrom}
 * @param scoreShownFrom      reviews needed in the window for the two above
 * @param scoreHiddenReason   why they are null, or null when they are shown
 * @param respondedCount      reviews in the window the provider responded to
 * @param responseRatePercent that as a share of {@code reviewCount}, one decimal; null without reviews
 * @param medianResponseHours median hours from a review's publication to its response's, over the reviews
 *                            published in the window's months (its first month whole), read from counts by
 *                            duration bucket (see {@link Durations} for the error); null without responses
 */
public record ReviewFigures(
        String since,
        long reviewCount,
        Map<String, Long> ratingDistribution,
        Double averageRating,
        Double fairScore,
        int scoreShownFrom,
        String scoreHiddenReason,
        long respondedCount,
        Double responseRatePercent,
        Double medianResponseHours) {

    /** The figures of the reviews counted from {@code since}. */
    static ReviewFigures of(Counters counters, RatingProperties properties, LocalDate since) {
        long[] byStars = new long[6];
        long[] responded = new long[1];
        counters.forEachSince(Contributions.REVIEWS, since, (parts, count) -> {
            if (parts[0].equals("responded")) {
                responded[0] += count;
            } else {
                byStars[Integer.parseInt(parts[0].substring(1))] += count;
            }
        });
        Map<String, Long> distribution = new LinkedHashMap<>();
        long count = 0;
        long sum = 0;
        for (int stars = 1; stars <= 5; stars++) {
            distribution.put(String.valueOf(stars), byStars[stars]);
            count += byStars[stars];
            sum += stars * byStars[stars];
        }
        boolean shown = count >= properties.minimumReviews();
        Double medianMinutes = Durations.median(counters.durationsFrom(Contributions.RESPONSE_MINUTES, since));
        return new ReviewFigures(since.toString(), count, distribution,
                shown ? Stats.round((double) sum / count, 2) : null,
                shown ? Stats.round(Stats.bayesianAverage(properties.priorMean(), properties.priorWeight(), sum, count), 2)
                        : null,
                properties.minimumReviews(),
                shown ? null : "Fewer than " + properties.minimumReviews() + " reviews published since " + since
                        + ": too few for an average to be fair.",
                responded[0],
                Stats.percent(responded[0], count),
                medianMinutes == null ? null : Stats.round(medianMinutes / 60, 1));
    }
}
