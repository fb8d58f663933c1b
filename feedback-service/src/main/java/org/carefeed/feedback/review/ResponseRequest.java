package org.carefeed.feedback.review;

import static org.carefeed.feedback.Texts.optional;
import static org.carefeed.feedback.Texts.stripped;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carefeed.platform.text.PrintableText;

/** The provider's public answer to a review. */
record ResponseRequest(
        @NotBlank(message = "write the response")
        @Size(max = 5000, message = "must be 5000 characters or fewer")
        @PrintableText
        String text) {

    ResponseRequest {
        text = stripped(text);
    }
}
