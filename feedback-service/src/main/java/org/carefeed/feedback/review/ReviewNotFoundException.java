package org.carefeed.feedback.review;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Answered as a 404 problem detail by the shared error edge. */
class ReviewNotFoundException extends ErrorResponseException {

    ReviewNotFoundException(String id) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no review with id " + id.replaceAll("[^A-Za-z0-9-]", "") + "."), null);
    }
}
