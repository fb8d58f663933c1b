package org.carefeed.choice.review;

import java.time.Instant;
import java.util.List;

import org.carefeed.platform.web.KeysetCursor;
import org.springframework.stereotype.Component;

/**
 * Published reviews as other features read them (the open feeds): pages of one or more lists of the
 * {@link ReviewListing}, newest first, each review with the provider's response.
 */
@Component
public class PublishedReviews {

    private final ReviewListing listing;

    PublishedReviews(ReviewListing listing) {
        this.listing = listing;
    }

    /**
     * A published review.
     *
     * @param publishedAt when it first became public
     * @param response    the provider's public response, or null
     */
    public record Item(String id, String providerCode, int rating, String title, String text, String serviceName,
            String visitMonth, String authorRole, String displayName, Instant publishedAt, Response response) {

        /** When its public state last changed: its publication, or its response's latest version. */
        public Instant lastChangedAt() {
            return response == null || response.lastPublishedAt().isBefore(publishedAt) ? publishedAt
                    : response.lastPublishedAt();
        }

        static Item of(Review review) {
            Review.Content c = review.content();
            Review.Response r = review.response();
            return new Item(review.id(), review.providerCode(), c.rating(), c.title(), c.text(), c.serviceName(),
                    c.visitMonth(), c.authorRole(), c.displayName(), review.publishedAt(), r == null ? null
                            : new Response(r.text(), r.responderName(), r.firstPublishedAt(),
                                    r.lastPublishedAt() == null ? r.firstPublishedAt() : r.lastPublishedAt()));
        }
    }

    /**
     * @param firstPublishedAt when it first became public
     * @param lastPublishedAt  when its current text was published; the first time unless it was edited
     */
    public record Response(String text, String responderName, Instant firstPublishedAt, Instant lastPublishedAt) {
    }

    /** @param next where the next page starts, or null on the last page */
    public record Page(List<Item> items, KeysetCursor next) {
    }

    /**
     * The reviews on any of these lists (provider codes, or keys a {@link ListingKeys} adds), newest
     * first, after {@code after} (null for the first page).
     */
    public Page newestFirst(List<String> listKeys, KeysetCursor after, int limit) {
        ReviewListing.Page page = listing.page(listKeys, after, limit);
        return new Page(page.items().stream().map(Item::of).toList(),
                page.next() == null ? null : KeysetCursor.decode(page.next(), KeysetCursor.UUIDS));
    }
}
