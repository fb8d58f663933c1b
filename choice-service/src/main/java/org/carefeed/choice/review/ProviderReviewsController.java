package org.carefeed.choice.review;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.carefeed.events.ProviderCodes;
import org.carefeed.platform.web.ListPage;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Open data: a provider's published reviews and rating. */
@RestController
@RequestMapping(path = "/api/providers/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
class ProviderReviewsController {

    private final PublishedReviews reviews;
    private final ReviewSummaries summaries;

    ProviderReviewsController(PublishedReviews reviews, ReviewSummaries summaries) {
        this.reviews = reviews;
        this.summaries = summaries;
    }

    record ReviewItem(String id, String providerCode, int rating, String title, String text, Instant publishedAt) {

        static ReviewItem of(PublishedReview review) {
            return new ReviewItem(review.id(), review.providerCode(), review.rating(), review.title(), review.text(),
                    review.publishedAt());
        }
    }

    record RatingSummary(String providerCode, long reviewCount, Double averageRating) {
    }

    /** Newest first. An unknown provider has no reviews yet, so gets an empty list rather than a 404. */
    @GetMapping("/reviews")
    ListPage<ReviewItem> reviews(
            @PathVariable @Pattern(regexp = ProviderCodes.REGEX, message = ProviderCodes.MESSAGE) String code,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be from 1 to 100")
            @Max(value = 100, message = "must be from 1 to 100") int limit,
            @RequestParam(required = false) String cursor) {
        ReviewCursor after = cursor == null || cursor.isEmpty() ? null : ReviewCursor.decode(cursor);
        // One more than asked tells whether there is a next page without a second query.
        List<PublishedReview> found = reviews.page(code, after, limit + 1);
        List<PublishedReview> page = found.subList(0, Math.min(limit, found.size()));
        String next = found.size() > limit ? ReviewCursor.after(page.get(page.size() - 1)).encode() : null;
        return new ListPage<>(page.stream().map(ReviewItem::of).toList(), next, summaryOf(code).reviewCount());
    }

    @GetMapping("/rating")
    RatingSummary rating(@PathVariable @Pattern(regexp = ProviderCodes.REGEX, message = ProviderCodes.MESSAGE) String code) {
        ReviewSummaries.ReviewSummary summary = summaryOf(code);
        return new RatingSummary(code, summary.reviewCount(), summary.averageRating());
    }

    private ReviewSummaries.ReviewSummary summaryOf(String code) {
        return summaries.of(List.of(code)).get(code);
    }
}
