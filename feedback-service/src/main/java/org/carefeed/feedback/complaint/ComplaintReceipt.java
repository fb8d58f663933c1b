package org.carefeed.feedback.complaint;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the complainant is told: their reference, when the provider must acknowledge the complaint, and
 * their private tracking link, shown this once.
 *
 * @param urgentHelp said when the complainant told us it is happening now: a complaint is not the way
 *                   to get urgent help
 */
record ComplaintReceipt(String reference, String providerCode, String status, Instant receivedAt,
        LocalDate acknowledgementDueBy, String trackingLink, String urgentHelp) {

    static final String URGENT_HELP = "If someone is in danger or needs urgent care now, call 999, or NHS 111 "
            + "for urgent advice. If you are at the service now, please speak to a member of staff: they can help "
            + "straight away. Your complaint has also been passed on.";
}
