package org.carefeed.feedback.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A complaint as its provider's staff see it: all of it, for them to handle. */
public record StaffComplaintView(String reference, String providerCode, String category, String status,
        Instant receivedAt, LocalDate acknowledgementDueBy, boolean acknowledgementOverdue, Instant acknowledgedAt,
        Instant resolvedAt, Instant closedAt, String closedReason, String outcomeSummary, boolean happeningNow, String description,
        String desiredOutcome, String contactName, String email, String phone, String preferredContact,
        List<StatusChange> timeline) {

    static StaffComplaintView of(Complaint complaint, LocalDate today) {
        return new StaffComplaintView(complaint.reference(), complaint.providerCode(), complaint.category(),
                complaint.status().apiName(), complaint.receivedAt(), complaint.acknowledgementDueBy(),
                complaint.acknowledgementOverdue(today), complaint.acknowledgedAt(), complaint.resolvedAt(),
                complaint.closedAt(), complaint.closedReason(), complaint.outcomeSummary(), complaint.happeningNow(), complaint.description(),
                complaint.desiredOutcome(), complaint.contactName(), complaint.email(), complaint.phone(),
                complaint.preferredContact(), complaint.timeline());
    }
}
