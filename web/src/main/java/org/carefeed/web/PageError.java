package org.carefeed.web;

/**
 * One error a page shows: in its error summary, linking to the field, and beside the field itself.
 *
 * @param field   the id of the field the error is about (the summary links to it)
 * @param message what to do, in the design system's words: "Enter a postcode", not "Postcode is invalid"
 */
public record PageError(String field, String message) {

    public String href() {
        return "#" + field;
    }
}
