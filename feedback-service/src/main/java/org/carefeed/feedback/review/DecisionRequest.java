package org.carefeed.feedback.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carefeed.feedback.moderation.ModerationReason;

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
        String note,

        @Size(min = 1, max = Review.MAX_TITLE_LENGTH, message = "must be 1 to " + Review.MAX_TITLE_LENGTH + " characters")
        String publicTitle,

        @Size(min = Review.MIN_TEXT_LENGTH, max = Review.MAX_TEXT_LENGTH,
                message = "must be " + Review.MIN_TEXT_LENGTH + " to " + Review.MAX_TEXT_LENGTH + " characters")
        String publicText) {

    DecisionRequest {
        note = note == null || note.isBlank() ? null : note.strip();
        publicTitle = publicTitle == null ? null : publicTitle.strip();
        publicText = publicText == null ? null : publicText.strip();
    }
}
