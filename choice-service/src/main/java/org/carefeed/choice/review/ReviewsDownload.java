package org.carefeed.choice.review;

import static org.carefeed.choice.download.CsvValues.text;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.carefeed.choice.download.CsvColumn;
import org.carefeed.choice.download.CsvDownload;
import org.carefeed.choice.opendata.DataVersions;
import org.carefeed.platform.web.KeysetCursor;
import org.springframework.stereotype.Component;

/** Every published review with its provider's response, as it is public now. */
@Component
class ReviewsDownload implements CsvDownload {

    private static final List<CsvColumn> COLUMNS = List.of(
            CsvColumn.of("review_id", "The review's id, the same in the API and the feeds"),
            CsvColumn.of("provider_code", "The provider's public identifier (ODS code where it has one)"),
            CsvColumn.of("published_at", "When the review was first published (UTC, ISO 8601)"),
            CsvColumn.of("rating", "Stars, 1 to 5"),
            CsvColumn.text("title", "The review's title, as moderated"),
            CsvColumn.text("text", "The review, as moderated (personal details redacted); may hold line breaks"),
            CsvColumn.text("service_name", "The service the review is about, if the author named one"),
            CsvColumn.of("visit_month", "The month of the visit (YYYY-MM)"),
            CsvColumn.of("author_role", "patient, carer, relative-or-friend or other"),
            CsvColumn.text("display_name", "The name the author chose to show, or Anonymous"),
            CsvColumn.text("response_text", "The provider's public response, if any"),
            CsvColumn.text("responder_name", "Who responded, as the provider signs it"),
            CsvColumn.of("response_published_at", "When the response was first published (UTC)"),
            CsvColumn.of("response_updated_at", "When the response was last edited (UTC), if it was"));

    private static final About ABOUT = new About("reviews",
            "Every published review with its provider's response, newest first. Withdrawn, removed and "
                    + "expired reviews are not in it: download it again rather than keep an old copy, or follow "
                    + "/api/changes.",
            Licensed.AS_REVIEWS,
            "Written by patients and carers on Carefeed, moderated before publication; responses written "
                    + "by the providers' staff.",
            COLUMNS);

    /** Reviews read per page of the listing: one listing read and one query by id each. */
    private static final int PAGE = 500;

    private final ReviewListing listing;

    ReviewsDownload(ReviewListing listing) {
        this.listing = listing;
    }

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public List<String> versionScopes() {
        return List.of(DataVersions.ALL_REVIEWS);
    }

    /**
     * Page by page through the listing of all reviews, as the feeds read it, rather than one query for
     * every published review: the embedded Mongo-wire server gathers a query's whole answer in its own
     * memory before the first batch goes out, which for a hundred thousand reviews is more than it has.
     */
    @Override
    public void forEachRow(Consumer<List<String>> row) {
        KeysetCursor after = null;
        do {
            ReviewListing.Page page = listing.page(List.of(ListingKeys.ALL), after, PAGE);
            page.items().forEach(review -> row.accept(rowOf(review)));
            after = page.next() == null ? null : KeysetCursor.decode(page.next(), KeysetCursor.UUIDS);
        } while (after != null);
    }

    private static List<String> rowOf(Review review) {
        Review.Content content = review.content();
        Review.Response response = review.response();
        boolean edited = response != null && response.lastPublishedAt() != null
                && response.lastPublishedAt().isAfter(response.firstPublishedAt());
        return Arrays.asList(review.id(), review.providerCode(), text(review.publishedAt()),
                String.valueOf(content.rating()), content.title(), content.text(), content.serviceName(),
                content.visitMonth(), content.authorRole(), content.displayName(),
                response == null ? null : response.text(), response == null ? null : response.responderName(),
                response == null ? null : text(response.firstPublishedAt()),
                edited ? text(response.lastPublishedAt()) : null);
    }
}
