package org.carefeed.choice.feed;

import java.time.Instant;
import java.util.List;

import org.carefeed.choice.opendata.OpenDataProperties;
import org.carefeed.choice.review.PublishedReviews;

/**
 * One page of a review feed, ready to be written as Atom or as JSON Feed, so both say the same.
 *
 * @param updated the latest change to a review on the page: a publication, or a response's latest
 *                version; the start of 1970 for an empty page
 */
record FeedPage(FeedScope scope, Links links, Instant updated, OpenDataProperties.Licence licence,
        List<Entry> entries) {

    static final String ATOM = "application/atom+xml";
    static final String JSON_FEED = "application/feed+json";

    /**
     * Absolute links.
     *
     * @param self  this page
     * @param first the first page, in this format
     * @param next  the page after this one, or null on the last
     * @param atom  the first page as Atom
     * @param json  the first page as JSON Feed
     * @param api   the same reviews in the JSON API, or null
     */
    record Links(String self, String first, String next, String atom, String json, String api) {
    }

    /** A review on the page, with the name the directory gives its provider (null if it has none). */
    record Entry(PublishedReviews.Item review, String providerName) {

        String id() {
            return FeedScope.entryId(review.id());
        }
    }
}
