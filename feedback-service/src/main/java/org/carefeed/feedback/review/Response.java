package org.carefeed.feedback.review;

import java.time.Instant;

/**
 * The provider's one public answer to a review.
 *
 * @param text             as the staff member wrote it
 * @param publicText       as published: redacted of personal data
 * @param responderName    the organisation that answered (the provider or its parent trust)
 * @param firstPublishedAt when it first went public; it can be edited for a while after that
 */
record Response(String text, String publicText, String responderAccountId, String responderName,
        Instant firstPublishedAt, Instant lastEditedAt) {

    /** Who answered and when, without what they said: for a review whose words are erased. */
    Response withoutWords() {
        return new Response(null, null, responderAccountId, responderName, firstPublishedAt, lastEditedAt);
    }
}
