package org.carefeed.choice.summary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Whether a complaint was acknowledged by its deadline: by the end of its due day in England (three
 * working days after receipt; the producer works the due day out, bank holidays included).
 */
final class Acknowledgements {

    enum Outcome {
        ON_TIME,
        LATE,
        /**
         * Not acknowledged and still in time, or closed by its due day without needing one (a
         * duplicate, say): not counted either way.
         */
        NOT_COUNTED
    }

    private Acknowledgements() {
    }

    /**
     * @param acknowledgedAt null while not acknowledged
     * @param closedAt       null unless closed (closing is final, so it stops the clock)
     * @param today          today in England
     */
    static Outcome of(LocalDate dueBy, Instant acknowledgedAt, Instant closedAt, LocalDate today) {
        if (acknowledgedAt != null) {
            return Windows.dayOf(acknowledgedAt).isAfter(dueBy) ? Outcome.LATE : Outcome.ON_TIME;
        }
        LocalDate stoppedOn = closedAt != null ? Windows.dayOf(closedAt) : today;
        return stoppedOn.isAfter(dueBy) ? Outcome.LATE : Outcome.NOT_COUNTED;
    }
}
