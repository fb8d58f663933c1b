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
        /** Not acknowledged yet, and still in time: not counted either way. */
        NOT_YET_DUE
    }

    private Acknowledgements() {
    }

    /**
     * @param acknowledgedAt null while not acknowledged
     * @param today          today in England
     */
    static Outcome of(LocalDate dueBy, Instant acknowledgedAt, LocalDate today) {
        if (acknowledgedAt != null) {
            return Windows.dayOf(acknowledgedAt).isAfter(dueBy) ? Outcome.LATE : Outcome.ON_TIME;
        }
        return today.isAfter(dueBy) ? Outcome.LATE : Outcome.NOT_YET_DUE;
    }
}
