package org.carefeed.feedback.review;

import java.time.Instant;

/**
 * One step in a review's audit trail, kept for good.
 *
 * @param actor  who: {@code author}, {@code system}, {@code public} (an anonymous reporter), or
 *               {@code moderator:<account id>} / {@code staff:<account id>}
 * @param action what happened, such as {@code submitted}, {@code published}, {@code reported}
 * @param status the review's status after it
 * @param reason a moderation reason code, when there is one
 * @param note   free text: a moderator's note, the flags raised, or what a reporter said
 */
record AuditEntry(Instant at, String actor, String action, String status, String reason, String note) {

    static final String NOTE_ERASED = "(note erased with the review)";

    AuditEntry withoutNote() {
        return note == null ? this : new AuditEntry(at, actor, action, status, reason, NOTE_ERASED);
    }
}
