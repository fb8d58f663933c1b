package org.carefeed.choice.review;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.carefeed.choice.contract.Tags;
import java.util.List;

import org.carefeed.choice.opendata.ConditionalReads;
import org.carefeed.choice.opendata.DataVersions;
import org.carefeed.events.ProviderIds;
import org.carefeed.platform.web.KeysetCursor;
import org.carefeed.platform.web.ListPage;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Open data: a provider's published reviews, each with the provider's response when there is one. */
@RestController
@Tag(name = Tags.REVIEWS)
class ProviderReviewsController {

    private final ReviewListing reviews;
    private final ConditionalReads conditional;

    ProviderReviewsController(ReviewListing reviews, ConditionalReads conditional) {
        this.reviews = reviews;
        this.conditional = conditional;
    }

    /**
     * A published review as served.
     *
     * @param publishedAt when it first became public
     * @param response    the provider's public response, or null
     */
    record ReviewItem(String id, String providerCode, int rating, String title, String text, String serviceName,
            String visitMonth, String authorRole, String displayName, Instant publishedAt, ResponseItem response) {

        static ReviewItem of(Review review) {
            Review.Content c = review.content();
            return new ReviewItem(review.id(), review.providerCode(), c.rating(), c.title(), c.text(), c.serviceName(),
                    c.visitMonth(), c.authorRole(), c.displayName(), review.publishedAt(),
                    ResponseItem.of(review.response()));
        }
    }

    /**
     * The provider's public response to a review.
     *
     * @param publishedAt when the response first became public
     * @param editedAt    when its current text was published, if it was edited since; else null
     */
    record ResponseItem(String text, String responderName, Instant publishedAt, Instant editedAt) {

        static ResponseItem of(Review.Response response) {
            if (response == null) {
                return null;
            }
            boolean edited = response.lastPublishedAt() != null
                    && response.lastPublishedAt().isAfter(response.firstPublishedAt());
            return new ResponseItem(response.text(), response.responderName(), response.firstPublishedAt(),
                    edited ? response.lastPublishedAt() : null);
        }
    }

    /** Newest first. An unknown provider has no reviews yet, so gets an empty list rather than a 404. */
    @GetMapping(path = "/api/providers/{code}/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listProviderReviews", summary = "A provider's published reviews",
            description = "Published reviews, newest first, each with the provider's response if any; never "
                    + "withdrawn or removed ones. `total` counts all its published reviews, whatever their age. "
                    + "An unknown provider has none: an empty list, not a 404.")
    ListPage<ReviewItem> reviews(
            @Parameter(description = "The provider's public identifier: its ODS code, or `kind:value`.",
                    example = "RJ731")
            @PathVariable @Pattern(regexp = ProviderIds.REGEX, message = ProviderIds.MESSAGE) String code,
            @Parameter(description = "Reviews a page, 1 to 100.", example = "20")
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be from 1 to 100")
            @Max(value = 100, message = "must be from 1 to 100") int limit,
            @Parameter(description = "The `next` of the previous page, unchanged; none for the first page.")
            @RequestParam(required = false) String cursor) {
        KeysetCursor after = cursor == null || cursor.isEmpty() ? null : KeysetCursor.decode(cursor, KeysetCursor.UUIDS);
        if (conditional.notModified(List.of(DataVersions.reviews(code)), ConditionalReads.Caching.REVALIDATE,
                MediaType.APPLICATION_JSON_VALUE, limit, after == null ? null : after.encode())) {
            return null;
        }
        ReviewListing.Page page = reviews.page(code, after, limit);
        return new ListPage<>(page.items().stream().map(ReviewItem::of).toList(), page.next(), page.total());
    }
}
