package org.carefeed.feedback.review;

import static org.carefeed.feedback.Texts.optional;
import static org.carefeed.feedback.Texts.stripped;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carefeed.feedback.moderation.ModerationReason;
import org.carefeed.platform.text.PrintableText;

/**
 * A moderator's decision. {@code publish} or {@code reject} a review awaiting moderation;
 * {@code remove} a reported review or {@code keep} it published. Rejecting and removing need a reason
 * from the fixed list, and {@code other} needs a note. A publishing moderator may give an edited
 * public title or text, which is redacted again.
 */
record DecisionRequest(
        @NotBlank(message = "choose publish, reject, remove or keep")
        @Pattern(regexp = "^(publish|reject|remove|keep)$", message = "must be publish, reject, remove or keep")
        String decision,

        @Pattern(regexp = "^(" + ModerationReason.CODES + ")$", message = "must be one of "
                + ModerationReason.CODE_LIST)
        String reason,

        @Size(max = 2000, message = "must be 2000 characters or fewer")
        @PrintableText
        String note,

        @Size(min = 1, max = Review.MAX_TITLE_LENGTH, message = "must be 1 to " + Review.MAX_TITLE_LENGTH + " characters")
        @PrintableText
        String publicTitle,

        @Size(min = Review.MIN_TEXT_LENGTH, max = Review.MAX_TEXT_LENGTH,
                message = "must be " + Review.MIN_TEXT_LENGTH + " to " + Review.MAX_TEXT_LENGTH + " characters")
        @PrintableText
        String publicText) {

    DecisionRequest {
        note = optional(note);
        publicTitle = stripped(publicTitle);
        publicText = stripped(publicText);
    }
}
