package org.carefeed.platform.web;

/**
 * One field at fault in a request, as listed under {@code errors} in a problem detail.
 *
 * @param field   the field or parameter name as the client sent it, such as {@code rating}
 * @param message what is wrong with it, in words a person can act on
 */
public record FieldProblem(String field, String message) {
}
