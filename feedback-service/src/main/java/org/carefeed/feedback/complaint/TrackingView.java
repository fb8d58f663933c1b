package org.carefeed.feedback.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** All the tracking link shows: the complaint's status and when each step happened. Nothing else. */
record TrackingView(String reference, String status, LocalDate acknowledgementDueBy, List<Step> timeline) {

    record Step(String status, Instant at) {
    }

    static TrackingView of(Complaint complaint) {
        return new TrackingView(complaint.reference(), complaint.status().apiName(), complaint.acknowledgementDueBy(),
                complaint.timeline().stream().map(change -> new Step(change.status(), change.at())).toList());
    }
}
