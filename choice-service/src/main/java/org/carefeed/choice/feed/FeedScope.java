package org.carefeed.choice.feed;

import java.util.List;

/**
 * What one feed lists.
 *
 * @param path     where it is served, without the format's extension: {@code /feeds/providers/RJ731/reviews}
 * @param title    what a reader shows as its name
 * @param listKeys the review lists it merges (see {@link FeedLists})
 * @param api      the same reviews in the JSON API, if they are there; else null
 */
record FeedScope(String path, String title, List<String> listKeys, String api) {

    /** Ids are tag URIs (RFC 4151): they never change, whatever host or format a feed is read from. */
    static final String TAG = "tag:carefeed.nhs.uk,2026:";

    /** The feed's own id, the same for each of its pages and both formats. */
    String id() {
        return TAG + path.substring(1);
    }

    static String entryId(String reviewId) {
        return TAG + "review/" + reviewId;
    }
}
