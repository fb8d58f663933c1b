package org.carefeed.feedback.review;

import java.time.Instant;

/**
 * What the submitter is told about their review: never its text, which may not be public yet.
 *
 * @param privateLink   the author's own link to see what became of the review and to withdraw it;
 *                      shown this once, as only its hash is stored
 * @param publishedUnder the licence the review will be published under, as the author agreed
 */
record ReviewReceipt(String id, String providerCode, String status, Instant submittedAt, String privateLink,
        ReviewLicence publishedUnder) {
}
