package org.carefeed.feedback.review;

import java.time.Instant;

/**
 * Someone reported a published review as unsuitable.
 *
 * @param outcome null while open; {@code upheld} or {@code dismissed} once a moderator decided
 */
record Report(Instant at, String reason, String detail, String outcome) {

    static final String UPHELD = "upheld";
    static final String DISMISSED = "dismissed";

    boolean open() {
        return outcome == null;
    }

    /** The reporter's words may quote the review: they go with it. */
    Report withoutDetail() {
        return new Report(at, reason, null, outcome);
    }

    Report decided(String decision) {
        return open() ? new Report(at, reason, detail, decision) : this;
    }
}
