package org.carefeed.feedback.review;

import static org.carefeed.feedback.Texts.optional;
import static org.carefeed.feedback.Texts.stripped;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carefeed.events.ProviderIds;
import org.carefeed.platform.text.PrintableText;

/**
 * What a patient sends to review a provider. Text is stripped of surrounding whitespace, Unicode
 * spaces included, before it is validated, so a title of spaces counts as blank.
 */
public record SubmitReviewRequest(
        @NotBlank(message = "enter the ODS code of the provider, such as RJ731")
        @Pattern(regexp = ProviderIds.REGEX, message = ProviderIds.MESSAGE)
        String providerCode,

        @Size(max = Review.MAX_SERVICE_NAME_LENGTH,
                message = "must be " + Review.MAX_SERVICE_NAME_LENGTH + " characters or fewer")
        @PrintableText
        String serviceName,

        @NotNull(message = "choose a rating from 1 to 5 stars")
        @Min(value = 1, message = "must be from 1 to 5 stars")
        @Max(value = 5, message = "must be from 1 to 5 stars")
        Integer rating,

        @NotBlank(message = "enter a title for your review")
        @Size(max = Review.MAX_TITLE_LENGTH, message = "must be " + Review.MAX_TITLE_LENGTH + " characters or fewer")
        @PrintableText
        String title,

        @NotNull(message = "tell us about your experience")
        @Size(min = Review.MIN_TEXT_LENGTH, max = Review.MAX_TEXT_LENGTH,
                message = "must be " + Review.MIN_TEXT_LENGTH + " to " + Review.MAX_TEXT_LENGTH + " characters")
        @PrintableText
        String text,

        @NotBlank(message = "enter the month of your visit, like 2026-10")
        @Pattern(regexp = "^\\d{4}-(0[1-9]|1[0-2])$", message = "must be a month written YYYY-MM, like 2026-10")
        @RecentMonth(maxAgeMonths = Review.MAX_VISIT_AGE_MONTHS)
        String visitMonth,

        @NotBlank(message = "say who you are: patient, carer, relative-or-friend or other")
        @Pattern(regexp = "^(patient|carer|relative-or-friend|other)$",
                message = "must be patient, carer, relative-or-friend or other")
        String authorRole,

        @Size(max = Review.MAX_DISPLAY_NAME_LENGTH,
                message = "must be " + Review.MAX_DISPLAY_NAME_LENGTH + " characters or fewer")
        @PrintableText
        String displayName,

        @NotNull(message = "confirm that you agree to your review being published on the terms at /api/reviews/terms")
        @AssertTrue(message = "your review can only be published with your agreement to the terms at /api/reviews/terms")
        Boolean consentToPublish) {

    /** Limits a form shows (such as the character count of the review's text). */
    public static final int MAX_TITLE_LENGTH = Review.MAX_TITLE_LENGTH;
    public static final int MIN_TEXT_LENGTH = Review.MIN_TEXT_LENGTH;
    public static final int MAX_TEXT_LENGTH = Review.MAX_TEXT_LENGTH;
    public static final int MAX_SERVICE_NAME_LENGTH = Review.MAX_SERVICE_NAME_LENGTH;
    public static final int MAX_DISPLAY_NAME_LENGTH = Review.MAX_DISPLAY_NAME_LENGTH;

    public SubmitReviewRequest {
        providerCode = stripped(providerCode);
        serviceName = optional(serviceName);
        title = stripped(title);
        text = stripped(text);
        visitMonth = stripped(visitMonth);
        authorRole = stripped(authorRole);
        displayName = optional(displayName);
    }
}
