package org.carefeed.choice.summary;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carefeed.choice.review.ReviewFacts.RatedReview;

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
 * @param medianResponseHours median hours from a review's publication to its response's; null without responses
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

    static ReviewFigures of(List<RatedReview> reviews, RatingProperties properties, LocalDate since) {
        Map<String, Long> distribution = new LinkedHashMap<>();
        for (int stars = 1; stars <= 5; stars++) {
            distribution.put(String.valueOf(stars), 0L);
        }
        long sum = 0;
        List<Double> responseHours = new ArrayList<>();
        for (RatedReview review : reviews) {
            distribution.merge(String.valueOf(review.rating()), 1L, Long::sum);
            sum += review.rating();
            if (review.respondedAt() != null) {
                // A response cannot come before its review; clock skew between services must not make it negative.
                long minutes = Math.max(0, Duration.between(review.publishedAt(), review.respondedAt()).toMinutes());
                responseHours.add(minutes / 60.0);
            }
        }
        long count = reviews.size();
        boolean shown = count >= properties.minimumReviews();
        Double median = Stats.median(responseHours);
        return new ReviewFigures(since.toString(), count, distribution,
                shown ? Stats.round((double) sum / count, 2) : null,
                shown ? Stats.round(Stats.bayesianAverage(properties.priorMean(), properties.priorWeight(), sum, count), 2)
                        : null,
                properties.minimumReviews(),
                shown ? null : "Fewer than " + properties.minimumReviews() + " reviews published since " + since
                        + ": too few for an average to be fair.",
                responseHours.size(),
                Stats.percent(responseHours.size(), count),
                median == null ? null : Stats.round(median, 1));
    }
}
