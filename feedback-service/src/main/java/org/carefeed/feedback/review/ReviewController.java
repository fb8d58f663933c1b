package org.carefeed.feedback.review;

import java.net.URI;

import jakarta.validation.Valid;
import org.carefeed.platform.web.NotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reviews API: a patient submits a review and can look up what became of it. */
@RestController
@RequestMapping(path = "/api/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
class ReviewController {

    private final ReviewSubmission submission;
    private final ReviewRepository reviews;

    ReviewController(ReviewSubmission submission, ReviewRepository reviews) {
        this.submission = submission;
        this.reviews = reviews;
    }

    /** 202: the review is stored; it reaches other services asynchronously. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReviewReceipt> submit(@Valid @RequestBody SubmitReviewRequest request) {
        Review review = submission.submit(request);
        return ResponseEntity.accepted()
                .location(URI.create("/api/reviews/" + review.id()))
                .body(ReviewReceipt.of(review));
    }

    @GetMapping("/{id}")
    ReviewReceipt receipt(@PathVariable String id) {
        return reviews.findById(id).map(ReviewReceipt::of).orElseThrow(() ->
                new NotFound("There is no review with id " + id.replaceAll("[^A-Za-z0-9-]", "") + "."));
    }
}
