package org.carefeed.feedback.complaint;

import java.time.Clock;
import java.time.LocalDate;

import org.carefeed.events.EventCodec;
import org.carefeed.feedback.account.Account;
import org.carefeed.feedback.auth.ProviderAccess;
import org.carefeed.feedback.privatelink.PrivateLinkKey;
import org.carefeed.events.ComplaintClosure;
import org.carefeed.platform.mongo.OptimisticRetry;
import org.carefeed.platform.web.NotFound;
import org.springframework.stereotype.Service;

/**
 * Moves complaints on for their provider's staff, and finds them for their tracking links. To anyone
 * else a complaint does not exist: 404, never 403, so references cannot be probed.
 */
@Service
class ComplaintWorkflow {

    private final ComplaintRepository complaints;
    private final ProviderAccess access;
    private final EventCodec codec;
    private final Clock clock;

    ComplaintWorkflow(ComplaintRepository complaints, ProviderAccess access, EventCodec codec, Clock clock) {
        this.complaints = complaints;
        this.access = access;
        this.codec = codec;
        this.clock = clock;
    }

    Complaint changeStatus(String reference, StatusChangeRequest request, Account staff) {
        return OptimisticRetry.run(() -> changeStatusOnce(reference, request, staff));
    }

    private Complaint changeStatusOnce(String reference, StatusChangeRequest request, Account staff) {
        Complaint complaint = complaints.findById(reference)
                .filter(found -> access.worksFor(staff, found.providerCode()))
                .orElseThrow(ComplaintWorkflow::notFound);
        complaint.changeStatus(ComplaintStatus.fromApiName(request.status()).orElseThrow(), "staff:" + staff.id(),
                request.note(), request.outcomeSummary(),
                request.closedReason() == null ? null : ComplaintClosure.fromApiName(request.closedReason()).orElseThrow(),
                clock.instant(), codec);
        return complaints.save(complaint);
    }

    Complaint tracked(String secret) {
        return PrivateLinkKey.hashOf(secret).flatMap(complaints::findByTrackingKeyHash)
                .orElseThrow(() -> new NotFound("This link does not match any complaint. Check you copied all of it."));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ComplaintIntake.UK);
    }

    private static NotFound notFound() {
        return new NotFound("There is no complaint with this reference.");
    }
}
