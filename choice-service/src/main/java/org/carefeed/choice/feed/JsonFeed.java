package org.carefeed.choice.feed;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.carefeed.choice.review.PublishedReviews;
import org.carefeed.platform.xml.XmlText;

/**
 * A feed page as JSON Feed 1.1 (https://jsonfeed.org/version/1.1). What the spec has no field for is in
 * {@code _carefeed} objects, as it allows. Text is the same as the Atom feed's: a reader of either format
 * gets the same words.
 *
 * @param feedUrl the first page: the spec makes it the feed's identity
 * @param nextUrl the next page, left out on the last
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record JsonFeed(
        String version,
        String title,
        String description,
        String language,
        @JsonProperty("feed_url") String feedUrl,
        @JsonProperty("next_url") String nextUrl,
        @JsonProperty("_carefeed") FeedExtension carefeed,
        List<Item> items) {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    /**
     * What JSON Feed has no field for, about the feed: its id, its pages, and its licence.
     *
     * @param id      the same id as in the Atom feed, whatever page or format
     * @param self    this page
     * @param atom    the first page as Atom
     * @param api     the same reviews in the JSON API, if they are there
     * @param licence the licence of the reviews and responses
     */
    record FeedExtension(String id, String self, String atom, String api, Licence licence) {
    }

    /** The licence the reviews and responses are published under, and where its text is. */
    record Licence(String name, String url) {
    }

    /** One published review, as a JSON Feed item; the same id as its Atom entry. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(
            String id,
            String title,
            @JsonProperty("content_text") String contentText,
            @JsonProperty("date_published") Instant datePublished,
            @JsonProperty("date_modified") Instant dateModified,
            List<Author> authors,
            List<String> tags,
            @JsonProperty("_carefeed") ItemExtension carefeed) {
    }

    /** The name the review's author chose to show. */
    record Author(String name) {
    }

    /**
     * What JSON Feed has no field for: the review's provider, rating, service, visit and response.
     *
     * @param response the provider's public response, or null
     */
    record ItemExtension(String reviewId, String providerCode, String providerName, int rating, String serviceName,
            String visitMonth, String authorRole, Response response) {
    }

    /**
     * The provider's public response to the review.
     *
     * @param publishedAt when it first became public
     * @param updatedAt   when its current text was published
     */
    record Response(String text, String responderName, Instant publishedAt, Instant updatedAt) {
    }

    static JsonFeed of(FeedPage page) {
        FeedPage.Links links = page.links();
        return new JsonFeed(VERSION, page.scope().title(),
                "Published patient reviews, newest first, with the providers' responses.", "en-GB",
                links.first(), links.next(),
                new FeedExtension(page.scope().id(), links.self(), links.atom(), links.api(),
                        new Licence(page.licence().name(), page.licence().url())),
                page.entries().stream().map(JsonFeed::item).toList());
    }

    private static Item item(FeedPage.Entry entry) {
        PublishedReviews.Item review = entry.review();
        PublishedReviews.Response response = review.response();
        return new Item(entry.id(), text(review.title()), text(review.text()), review.publishedAt(),
                review.lastChangedAt(), List.of(new Author(text(review.displayName()))),
                List.of(review.rating() + " stars"),
                new ItemExtension(review.id(), review.providerCode(), text(entry.providerName()), review.rating(),
                        text(review.serviceName()), review.visitMonth(), review.authorRole(),
                        response == null ? null : new Response(text(response.text()),
                                text(response.responderName()), response.firstPublishedAt(),
                                response.lastPublishedAt())));
    }

    /** JSON could carry a NUL, but not an unpaired surrogate; both formats drop the same characters. */
    private static String text(String value) {
        return XmlText.of(value);
    }
}
