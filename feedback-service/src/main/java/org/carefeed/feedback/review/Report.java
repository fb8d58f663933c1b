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

    Report decided(String decision) {
        return open() ? new Report(at, reason, detail, decision) : this;
    }
}
