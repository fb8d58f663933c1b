package org.carefeed.feedback.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carefeed.events.ProviderCodes;

/**
 * What a patient sends to review a provider. Text is stripped of surrounding whitespace, Unicode
 * spaces included, before it is validated, so a title of spaces counts as blank.
 */
record SubmitReviewRequest(
        @NotBlank(message = "enter the ODS code of the provider, such as RJ731")
        @Pattern(regexp = ProviderCodes.REGEX, message = ProviderCodes.MESSAGE)
        String providerCode,

        @NotNull(message = "choose a rating from 1 to 5 stars")
        @Min(value = 1, message = "must be from 1 to 5 stars")
        @Max(value = 5, message = "must be from 1 to 5 stars")
        Integer rating,

        @NotBlank(message = "enter a title for your review")
        @Size(max = Review.MAX_TITLE_LENGTH, message = "must be " + Review.MAX_TITLE_LENGTH + " characters or fewer")
        String title,

        @NotBlank(message = "tell us about your experience")
        @Size(max = Review.MAX_TEXT_LENGTH, message = "must be " + Review.MAX_TEXT_LENGTH + " characters or fewer")
        String text) {

    SubmitReviewRequest {
        providerCode = stripped(providerCode);
        title = stripped(title);
        text = stripped(text);
    }

    private static String stripped(String value) {
        return value == null ? null : value.strip();
    }
}
