package org.carefeed.choice.feed;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.carefeed.choice.directory.ProviderDirectory;
import org.carefeed.choice.opendata.OpenDataProperties;
import org.carefeed.choice.review.PublishedReviews;
import org.carefeed.platform.web.KeysetCursor;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Reads a page of a feed's reviews and links it to the pages around it and to its other format. */
@Component
class FeedPages {

    static final int DEFAULT_LIMIT = 50;

    private final PublishedReviews reviews;
    private final ProviderDirectory directory;
    private final OpenDataProperties openData;

    FeedPages(PublishedReviews reviews, ProviderDirectory directory, OpenDataProperties openData) {
        this.reviews = reviews;
        this.directory = directory;
        this.openData = openData;
    }

    /**
     * @param extension {@code atom} or {@code json}: the format the links of this page point to
     * @param after     where the previous page ended, or null for the first
     * @param limit     the page size, or null for the default (left out of the links then)
     * @param base      this service as the client reached it
     */
    FeedPage page(FeedScope scope, String extension, KeysetCursor after, Integer limit, UriComponentsBuilder base) {
        PublishedReviews.Page page = reviews.newestFirst(scope.listKeys(), after,
                limit == null ? DEFAULT_LIMIT : limit);
        // One look-up for the providers of the page, not one a review.
        Map<String, String> names = directory.namesOf(page.items().stream()
                .map(PublishedReviews.Item::providerCode).distinct().toList());
        List<FeedPage.Entry> entries = page.items().stream()
                .map(item -> new FeedPage.Entry(item, names.get(item.providerCode()))).toList();
        Instant updated = page.items().stream().map(PublishedReviews.Item::lastChangedAt)
                .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        FeedPage.Links links = new FeedPage.Links(
                link(base, scope, extension, after, limit),
                link(base, scope, extension, null, limit),
                page.next() == null ? null : link(base, scope, extension, page.next(), limit),
                link(base, scope, "atom", null, null),
                link(base, scope, "json", null, null),
                scope.api() == null ? null : base.cloneBuilder().path(scope.api()).toUriString());
        return new FeedPage(scope, links, updated, openData.reviewsLicence(), entries);
    }

    private static String link(UriComponentsBuilder base, FeedScope scope, String extension, KeysetCursor after,
            Integer limit) {
        UriComponentsBuilder link = base.cloneBuilder().path(scope.path() + "." + extension);
        if (limit != null) {
            link.queryParam("limit", limit);
        }
        if (after != null) {
            link.queryParam("cursor", after.encode());
        }
        return link.toUriString();
    }
}
