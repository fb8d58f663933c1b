package org.carefeed.events;

import java.util.UUID;

/**
 * An event about one review. Events about a review are numbered by {@link #revision()}, so a reader
 * that sees them again, or out of order after a redelivery, keeps the state of the highest.
 */
public interface ReviewEvent {

    UUID reviewId();

    /** 1 for the first event about the review, one more for each event after it. */
    int revision();

    static void requireRevision(int revision) {
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be 1 or more, was " + revision);
        }
    }
}
