package org.carefeed.feedback.safeguarding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carefeed.platform.text.PrintableText;

/** What worries the person raising a concern, or, to close it, what was done. */
record ConcernRequest(
        @NotBlank(message = "say what the concern is, or what was done about it")
        @Size(max = 2000, message = "must be at most 2000 characters") @PrintableText String note) {
}
