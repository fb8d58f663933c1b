package org.carefeed.feedback.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.carefeed.feedback.safeguarding.SafeguardingConcern;
import org.carefeed.platform.mongo.OptimisticRetry;
import org.carefeed.platform.web.NotFound;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Safeguarding concerns on complaints: raised by the provider's staff, closed, and listed while open. */
@Service
public class ComplaintSafeguarding {

    private final ComplaintRepository complaints;
    private final MongoTemplate mongo;
    private final Clock clock;

    ComplaintSafeguarding(ComplaintRepository complaints, MongoTemplate mongo, Clock clock) {
        this.complaints = complaints;
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * A complaint under a concern. The complainant's words and contact details are for the provider's
     * safeguarding contacts; {@link #withoutDetails} is what a moderator sees.
     */
    public record Held(String reference, String providerCode, String category, String status, Instant receivedAt,
            String description, String contactName, String email, String phone, SafeguardingConcern concern) {

        static Held of(Complaint complaint) {
            return new Held(complaint.reference(), complaint.providerCode(), complaint.category(),
                    complaint.status().apiName(), complaint.receivedAt(), complaint.description(),
                    complaint.contactName(), complaint.email(), complaint.phone(), complaint.safeguarding());
        }

        public Held withoutDetails() {
            return new Held(reference, providerCode, category, status, receivedAt, null, null, null, null, concern);
        }
    }

    public Held raise(String reference, String actor, Predicate<String> mayActFor, String note) {
        return change(reference, mayActFor, complaint -> complaint.raiseSafeguardingConcern(actor, note, clock.instant()));
    }

    public Held resolve(String reference, String actor, Predicate<String> mayActFor, String resolution) {
        return change(reference, mayActFor,
                complaint -> complaint.resolveSafeguardingConcern(actor, resolution, clock.instant()));
    }

    /** Complaints with an open concern, the longest open first: of one provider, or of all when null. */
    public List<Held> open(String providerCode) {
        return mongo.find(SafeguardingConcern.openConcerns(providerCode), Complaint.class).stream()
                .map(Held::of).toList();
    }

    private Held change(String reference, Predicate<String> mayActFor, Consumer<Complaint> change) {
        return OptimisticRetry.run(() -> {
            Complaint complaint = complaints.findById(reference)
                    .filter(found -> mayActFor.test(found.providerCode()))
                    .orElseThrow(() -> new NotFound("There is no complaint with this reference for you."));
            change.accept(complaint);
            return Held.of(complaints.save(complaint));
        });
    }
}
