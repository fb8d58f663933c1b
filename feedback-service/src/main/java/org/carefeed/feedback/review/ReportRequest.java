package org.carefeed.feedback.review;

import static org.carefeed.feedback.Texts.optional;
import static org.carefeed.feedback.Texts.stripped;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carefeed.feedback.moderation.ModerationReason;
import org.carefeed.platform.text.PrintableText;

/** Why someone thinks a published review is unsuitable. */
record ReportRequest(
        @NotBlank(message = "choose a reason: " + ModerationReason.CODE_LIST)
        @Pattern(regexp = "^(" + ModerationReason.CODES + ")$", message = "must be one of "
                + ModerationReason.CODE_LIST)
        String reason,

        @Size(max = 1000, message = "must be 1000 characters or fewer")
        @PrintableText
        String detail) {

    ReportRequest {
        reason = stripped(reason);
        detail = optional(detail);
    }
}
