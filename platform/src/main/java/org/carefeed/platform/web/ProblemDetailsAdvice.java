package org.carefeed.platform.web;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * The one place where exceptions become HTTP answers: RFC 9457 problem details, with the fields at
 * fault listed under {@code errors}. A client's mistake is a 4xx with a clear detail; anything else is
 * logged here and answered with a 500 that gives nothing away.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        return invalid(InvalidRequest.FIELDS, problems);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(parameterName(result), error.getDefaultMessage())))
                .toList();
        return invalid(InvalidRequest.PARAMETERS, problems);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(InvalidRequest.PARAMETERS, List.of(new FieldProblem(ex.getParameterName(), "is required")));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(InvalidRequest.FIELDS, List.of(new FieldProblem(ex.getRequestPartName(), "is required")));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : ex.getPropertyName();
        return invalid(InvalidRequest.PARAMETERS, List.of(new FieldProblem(name, "has the wrong type")));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
        if (cause instanceof PayloadTooLargeException tooLarge) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
        }
        Optional<String> field = cause instanceof JacksonException json ? fieldPath(json) : Optional.empty();
        if (field.isPresent()) {
            return invalid("The request body has a field of the wrong type.",
                    List.of(new FieldProblem(field.get(), "has the wrong type or format")));
        }
        return problem(HttpStatus.BAD_REQUEST, "The request body is missing or is not well-formed JSON.");
    }

    /** Anything not handled above is our fault, not the client's: log it, reveal nothing. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex) {
        log.error("Unexpected error while handling a request", ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Nothing you sent was stored unless you were told so; please try again later.");
    }

    /**
     * Two requests changed the same document at once and this one lost the race (optimistic locking):
     * nothing of it was stored, and trying again will see the other's change.
     */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> handleConcurrentChange(OptimisticLockingFailureException ex) {
        return problem(HttpStatus.CONFLICT,
                "Someone else changed this at the same moment, so nothing was changed. Look again and retry.");
    }

    /** A body that is too large, however it came to be read. */
    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> handlePayloadTooLarge(PayloadTooLargeException ex) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage());
    }

    private static ResponseEntity<Object> invalid(String detail, List<FieldProblem> problems) {
        return ResponseEntity.badRequest().body(InvalidRequest.problem(detail, problems));
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    private static String parameterName(ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        return name != null ? name : "parameter " + result.getMethodParameter().getParameterIndex();
    }

    private static Optional<String> fieldPath(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? Optional.empty() : Optional.of(path.toString());
    }
}
