package org.carefeed.feedback.erasure;

import jakarta.validation.Valid;
import org.carefeed.feedback.account.Account;
import org.carefeed.feedback.complaint.ComplaintErasure;
import org.carefeed.feedback.review.ReviewErasure;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN only (see security): each erasure is kept in the trail of what it erased, with who, when and why. */
@RestController
@RequestMapping(path = "/api/admin", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
class AdminErasureController {

    private final ReviewErasure reviews;
    private final ComplaintErasure complaints;

    AdminErasureController(ReviewErasure reviews, ComplaintErasure complaints) {
        this.reviews = reviews;
        this.complaints = complaints;
    }

    @PostMapping("/reviews/{id}/erasure")
    ReviewErasure.Receipt eraseReview(@PathVariable String id, @Valid @RequestBody ErasureRequest request,
            @AuthenticationPrincipal Account admin) {
        return reviews.byAdministrator(id, admin.id(), request.reason());
    }

    @PostMapping("/complaints/{reference}/erasure")
    ComplaintErasure.Receipt eraseComplaint(@PathVariable String reference, @Valid @RequestBody ErasureRequest request,
            @AuthenticationPrincipal Account admin) {
        return complaints.erase(reference, "admin:" + admin.id(), request.reason());
    }
}
