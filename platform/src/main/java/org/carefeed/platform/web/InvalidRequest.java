package org.carefeed.platform.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A {@code 400} (or {@code 422}) problem detail that lists what is wrong under {@code errors}, one
 * {@link FieldProblem} per field or parameter. Throw it from a controller for checks that annotations
 * cannot express.
 */
public class InvalidRequest extends ErrorResponseException {

    /** The detail when fields of the request body are at fault. */
    public static final String FIELDS = "The request has fields that are missing or not valid.";
    /** The detail when path or query parameters are at fault. */
    public static final String PARAMETERS = "The request has parameters that are not valid.";

    public InvalidRequest(String detail, List<FieldProblem> problems) {
        this(HttpStatus.BAD_REQUEST, detail, problems);
    }

    private InvalidRequest(HttpStatus status, String detail, List<FieldProblem> problems) {
        super(status, problem(status, detail, problems), null);
    }

    /** 422: the request is well formed, but what it carries cannot be processed. */
    public static InvalidRequest unprocessable(String field, String message) {
        return new InvalidRequest(HttpStatus.UNPROCESSABLE_CONTENT, message, List.of(new FieldProblem(field, message)));
    }

    /** 400 for one field of the request body. */
    public static InvalidRequest field(String name, String message) {
        return new InvalidRequest(FIELDS, List.of(new FieldProblem(name, message)));
    }

    public static InvalidRequest parameter(String name, String message) {
        return new InvalidRequest(PARAMETERS, List.of(new FieldProblem(name, message)));
    }

    static ProblemDetail problem(String detail, List<FieldProblem> problems) {
        return problem(HttpStatus.BAD_REQUEST, detail, problems);
    }

    private static ProblemDetail problem(HttpStatus status, String detail, List<FieldProblem> problems) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setProperty("errors", problems.stream()
                .sorted(Comparator.comparing(FieldProblem::field, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(FieldProblem::message, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList());
        return body;
    }
}
