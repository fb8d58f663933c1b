package org.carefeed.feedback.complaint;

import java.net.URI;

import jakarta.validation.Valid;
import org.carefeed.feedback.account.Account;
import org.carefeed.feedback.privatelink.PrivateLinks;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The complaints API: a patient complains and tracks it through a private link; the provider's staff
 * move it through its statuses.
 */
@RestController
class ComplaintController {

    static final String TRACKING_PATH = "/api/complaint-links";

    private final ComplaintIntake intake;
    private final ComplaintWorkflow workflow;
    private final PrivateLinks links;

    ComplaintController(ComplaintIntake intake, ComplaintWorkflow workflow, PrivateLinks links) {
        this.intake = intake;
        this.workflow = workflow;
        this.links = links;
    }

    /** 201: the complaint is stored, with its reference. */
    @PostMapping(path = "/api/complaints", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ComplaintReceipt> complain(@Valid @RequestBody SubmitComplaintRequest request) {
        ComplaintIntake.Received received = intake.receive(request);
        Complaint complaint = received.complaint();
        String trackingLink = links.to(TRACKING_PATH + "/" + received.trackingSecret());
        return ResponseEntity.created(URI.create(trackingLink))
                .body(new ComplaintReceipt(complaint.reference(), complaint.providerCode(),
                        complaint.status().apiName(), complaint.receivedAt(), complaint.acknowledgementDueBy(),
                        trackingLink, complaint.happeningNow() ? ComplaintReceipt.URGENT_HELP : null));
    }

    @GetMapping(path = TRACKING_PATH + "/{secret}", produces = MediaType.APPLICATION_JSON_VALUE)
    TrackingView track(@PathVariable String secret) {
        return TrackingView.of(workflow.tracked(secret));
    }

    @PostMapping(path = "/api/complaints/{reference}/status", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    StaffComplaintView changeStatus(@PathVariable String reference, @Valid @RequestBody StatusChangeRequest request,
            @AuthenticationPrincipal Account staff) {
        return StaffComplaintView.of(workflow.changeStatus(reference, request, staff), workflow.today());
    }
}
