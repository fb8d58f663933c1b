package org.carefeed.feedback.complaint;

import java.time.Instant;

/**
 * One step of a complaint's timeline, kept for good.
 *
 * @param actor {@code complainant} or {@code staff:<account id>}
 * @param note  the staff member's note; never shown to the complainant's tracking link
 */
record StatusChange(String status, Instant at, String actor, String note) {
}
