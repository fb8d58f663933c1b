package org.carefeed.feedback.complaint;

import java.time.Instant;

/**
 * One step of a complaint's timeline, kept for good.
 *
 * @param actor {@code complainant} or {@code staff:<account id>}
 * @param note  the staff member's note; never shown to the complainant's tracking link
 */
record StatusChange(String status, Instant at, String actor, String note) {

    static final String NOTE_ERASED = "(erased with the complaint's details)";

    StatusChange withoutNote() {
        return note == null ? this : new StatusChange(status, at, actor, NOTE_ERASED);
    }
}
