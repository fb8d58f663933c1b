package org.carefeed.feedback.complaint;

import static org.carefeed.feedback.Texts.optional;
import static org.carefeed.feedback.Texts.stripped;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carefeed.events.ProviderIds;
import org.carefeed.platform.text.PrintableText;

/**
 * What a patient sends to complain. Text is stripped of surrounding whitespace before it is
 * validated; which of email and phone are given is checked by {@link ComplaintIntake}.
 */
record SubmitComplaintRequest(
        @NotBlank(message = "enter the ODS code of the provider, such as RJ731")
        @Pattern(regexp = ProviderIds.REGEX, message = ProviderIds.MESSAGE)
        String providerCode,

        @NotBlank(message = "choose what the complaint is about: " + Complaint.CATEGORY_LIST)
        @Pattern(regexp = "^(" + Complaint.CATEGORIES + ")$", message = "must be one of " + Complaint.CATEGORY_LIST)
        String category,

        @NotNull(message = "tell us what happened")
        @Size(min = 20, max = 10_000, message = "must be 20 to 10,000 characters")
        @PrintableText
        String description,

        @NotBlank(message = "tell us what you would like to happen")
        @Size(max = 2000, message = "must be 2,000 characters or fewer")
        @PrintableText
        String desiredOutcome,

        @NotNull(message = "say whether this is happening now")
        Boolean happeningNow,

        @NotBlank(message = "enter your name")
        @Size(max = 100, message = "must be 100 characters or fewer")
        @PrintableText
        String contactName,

        @Email(message = "must be an email address, like name@example.com")
        @Size(max = 254, message = "must be 254 characters or fewer")
        String email,

        @Pattern(regexp = "^\\+?[0-9 ()-]{7,20}$", message = "must be a phone number, like 0113 496 0000")
        String phone,

        @NotBlank(message = "choose how we should contact you: email or phone")
        @Pattern(regexp = "^(email|phone)$", message = "must be email or phone")
        String preferredContact,

        @NotNull(message = "confirm that the provider may contact you about your complaint")
        @AssertTrue(message = "the provider needs your agreement to contact you, or it cannot answer your complaint")
        Boolean consentToContact) {

    SubmitComplaintRequest {
        providerCode = stripped(providerCode);
        category = stripped(category);
        description = stripped(description);
        desiredOutcome = stripped(desiredOutcome);
        contactName = stripped(contactName);
        email = optional(email);
        phone = optional(phone);
        preferredContact = stripped(preferredContact);
    }
}
