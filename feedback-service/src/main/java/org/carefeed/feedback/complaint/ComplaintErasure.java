package org.carefeed.feedback.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.carefeed.platform.mongo.OptimisticRetry;
import org.carefeed.platform.web.NotFound;
import org.springframework.stereotype.Service;

/**
 * An administrator erases a complaint's description and contact details for a request received another
 * way (by letter, say). They never left this service, so this database is the only place to erase.
 */
@Service
public class ComplaintErasure {

    private final ComplaintRepository complaints;
    private final Clock clock;

    ComplaintErasure(ComplaintRepository complaints, Clock clock) {
        this.complaints = complaints;
        this.clock = clock;
    }

    public Receipt erase(String reference, String actor, String reason) {
        return OptimisticRetry.run(() -> {
            Complaint complaint = complaints.findById(reference)
                    .orElseThrow(() -> new NotFound("There is no complaint with this reference."));
            List<String> erased = complaint.eraseDetails(actor, reason, clock.instant());
            complaints.save(complaint);
            return new Receipt(complaint.reference(), complaint.status().apiName(), erased, complaint.detailsErasedAt());
        });
    }

    /**
     * What the erasure did.
     *
     * @param erased the parts that held the complainant's words or details and were erased now; empty
     *               when an earlier erasure had taken them already
     */
    public record Receipt(String reference, String status, List<String> erased, Instant detailsErasedAt) {
    }
}
