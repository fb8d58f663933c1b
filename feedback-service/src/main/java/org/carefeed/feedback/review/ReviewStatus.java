package org.carefeed.feedback.review;

/**
 * Where a review is in its life. Submitted reviews are checked at once, so a review is stored already
 * awaiting moderation or published; rejected, withdrawn and removed are final.
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
    REMOVED;

    /** How the status is written in the API: lower case with hyphens, like the rest of the JSON. */
    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<ReviewStatus> fromApiName(String name) {
        return java.util.Arrays.stream(values()).filter(status -> status.apiName().equals(name)).findFirst();
    }
}
