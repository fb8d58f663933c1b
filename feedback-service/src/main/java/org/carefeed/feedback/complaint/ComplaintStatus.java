package org.carefeed.feedback.complaint;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A complaint's workflow: received, then acknowledged, investigated, and resolved or closed. */
public enum ComplaintStatus {

    RECEIVED, ACKNOWLEDGED, INVESTIGATING, RESOLVED, CLOSED;

    /** Where each status may go next; resolved and closed are final. */
    Set<ComplaintStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(ACKNOWLEDGED, CLOSED);
            case ACKNOWLEDGED -> EnumSet.of(INVESTIGATING, RESOLVED, CLOSED);
            case INVESTIGATING -> EnumSet.of(RESOLVED, CLOSED);
            case RESOLVED, CLOSED -> EnumSet.noneOf(ComplaintStatus.class);
        };
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ComplaintStatus> fromApiName(String name) {
        return Arrays.stream(values()).filter(status -> status.apiName().equals(name)).findFirst();
    }
}
