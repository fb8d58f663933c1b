package org.carefeed.feedback.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The provider's public answer to a review. */
record ResponseRequest(
        @NotBlank(message = "write the response")
        @Size(max = 5000, message = "must be 5000 characters or fewer")
        String text) {

    ResponseRequest {
        text = text == null ? null : text.strip();
    }
}
