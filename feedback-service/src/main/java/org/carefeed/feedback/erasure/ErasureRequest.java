package org.carefeed.feedback.erasure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carefeed.platform.text.PrintableText;

/**
 * Why an administrator erases something: kept in the trail, so it says how the request came and
 * never repeats the erased words.
 */
record ErasureRequest(
        @NotBlank(message = "say why: how the request came, and its reference")
        @Size(max = 500, message = "must be at most 500 characters") @PrintableText String reason) {
}
