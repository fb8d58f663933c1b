package org.carefeed.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 409: the request is valid, but the resource is not in a state that allows it, such as editing a
 * response after its editing window. Names the field whose value cannot be applied.
 */
public class Conflict extends ErrorResponseException {

    public Conflict(String field, String detail) {
        super(HttpStatus.CONFLICT, problem(field, detail), null);
    }

    private static ProblemDetail problem(String field, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        body.setProperty("errors", List.of(new FieldProblem(field, detail)));
        return body;
    }
}
