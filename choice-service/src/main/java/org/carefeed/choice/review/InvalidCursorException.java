package org.carefeed.choice.review;

import java.util.List;

import org.carefeed.platform.web.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A {@code cursor} parameter that this service did not issue: a 400 naming the parameter. */
class InvalidCursorException extends ErrorResponseException {

    InvalidCursorException() {
        super(HttpStatus.BAD_REQUEST, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request has parameters that are not valid.");
        problem.setProperty("errors", List.of(new FieldProblem("cursor",
                "is not a cursor from this API; use the 'next' value of the previous page unchanged")));
        return problem;
    }
}
