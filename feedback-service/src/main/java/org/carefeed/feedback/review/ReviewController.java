package org.carefeed.feedback.review;

import java.net.URI;
import java.util.Map;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reviews API: a patient submits a review; anyone reads a published one or reports it; staff of
 * its provider respond to it.
 */
@RestController
@RequestMapping(path = "/api/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
class ReviewController {

    private final ReviewSubmission submission;
    private final ReviewRepository reviews;
    private final ReviewReports reports;
    private final ProviderResponses responses;
    private final PrivateLinks links;
    private final ReviewLicence licence;

    ReviewController(ReviewSubmission submission, ReviewRepository reviews, ReviewReports reports,
            ProviderResponses responses, PrivateLinks links, ReviewLicence licence) {
        this.submission = submission;
        this.reviews = reviews;
        this.reports = reports;
        this.responses = responses;
        this.links = links;
        this.licence = licence;
    }

    /**
     * @param consent what {@code consentToPublish: true} agrees to, to be shown beside the tick box
     * @param licence the licence a published review goes out under
     */
    record Terms(String consent, ReviewLicence licence) {
    }

    /** What an author agrees to by consenting to publication. */
    @GetMapping("/terms")
    Terms terms() {
        return new Terms(licence.consent(), licence);
    }

    /** 202: the review is stored; it becomes public after moderation, and reaches other services asynchronously. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReviewReceipt> submit(@Valid @RequestBody SubmitReviewRequest request) {
        ReviewSubmission.Submitted submitted = submission.submit(request);
        Review review = submitted.review();
        String privateLink = links.to(ReviewLinkController.PATH + "/" + submitted.authorSecret());
        return ResponseEntity.accepted()
                .location(URI.create(privateLink))
                .body(new ReviewReceipt(review.id(), review.providerCode(), review.status().apiName(),
                        review.submittedAt(), privateLink, licence));
    }

    @GetMapping("/{id}")
    PublicReview published(@PathVariable String id) {
        return PublicReview.of(PublishedReviews.find(reviews, id));
    }

    /** 202: the report is kept and a moderator will look at the review; it stays public meanwhile. */
    @PostMapping(path = "/{id}/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> report(@PathVariable String id, @Valid @RequestBody ReportRequest request) {
        reports.report(id, request);
        return ResponseEntity.accepted().body(Map.of("status", "received",
                "message", "Thank you. A moderator will look at this review."));
    }

    @PostMapping(path = "/{id}/response", consumes = MediaType.APPLICATION_JSON_VALUE)
    PublicReview respond(@PathVariable String id, @Valid @RequestBody ResponseRequest request,
            @AuthenticationPrincipal Account staff) {
        return PublicReview.of(responses.respond(id, request, staff));
    }
}
