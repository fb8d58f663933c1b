package org.carefeed.feedback.complaint;

import static org.carefeed.feedback.Texts.optional;
import static org.carefeed.feedback.Texts.stripped;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carefeed.events.ComplaintClosure;
import org.carefeed.platform.text.PrintableText;

/**
 * Staff move a complaint on: resolving needs a summary of the outcome; closing without a resolution
 * needs a reason from the fixed list and a note.
 */
record StatusChangeRequest(
        @NotBlank(message = "choose acknowledged, investigating, resolved or closed")
        @Pattern(regexp = "^(acknowledged|investigating|resolved|closed)$",
                message = "must be acknowledged, investigating, resolved or closed")
        String status,

        @Size(max = 2000, message = "must be 2,000 characters or fewer")
        @PrintableText
        String note,

        @Size(max = 5000, message = "must be 5,000 characters or fewer")
        @PrintableText
        String outcomeSummary,

        @Pattern(regexp = "^(duplicate|withdrawn-by-complainant|out-of-scope|referred-elsewhere|complainant-unreachable)$",
                message = "must be one of " + REASONS)
        String closedReason) {

    /** As in {@link ComplaintClosure}; a constant, as annotations need. */
    static final String REASONS = "duplicate, withdrawn-by-complainant, out-of-scope, referred-elsewhere, "
            + "complainant-unreachable";

    StatusChangeRequest {
        note = optional(note);
        outcomeSummary = optional(outcomeSummary);
    }
}
