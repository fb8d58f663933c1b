package org.carefeed.feedback.review;

/**
 * Where a review is in its life. Submitted reviews are checked at once, so a review is stored already
 * awaiting moderation or published; rejected, withdrawn, removed, expired and erased are final, and in
 * each of them the review's words are gone: only its rating, dates and trail are left.
 */
public enum ReviewStatus {

    /** Waits for a moderator: under the {@code pre} policy always, under {@code auto} when flagged. */
    AWAITING_MODERATION,
    /** Public, and announced on the reviews topic. Reports put it back in the queue while staying public. */
    PUBLISHED,
    /** A moderator decided it may not be published, with a reason. */
    REJECTED,
    /** Its author took it back. */
    WITHDRAWN,
    /** Taken down after a report was upheld. */
    REMOVED,
    /** Out of public view once older than the retention period for public reviews. */
    EXPIRED,
    /** Erased on request: its author's, through the private link, or an administrator's. */
    ERASED;

    /** How the status is written in the API: lower case with hyphens, like the rest of the JSON. */
    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<ReviewStatus> fromApiName(String name) {
        return java.util.Arrays.stream(values()).filter(status -> status.apiName().equals(name)).findFirst();
    }
}
