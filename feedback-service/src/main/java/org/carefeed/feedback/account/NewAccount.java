package org.carefeed.feedback.account;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carefeed.events.ProviderIds;

/**
 * What an administrator sends to create an account. The password is set by the administrator and
 * passed on to its owner out of band.
 */
record NewAccount(
        @NotBlank(message = "enter the email address the person signs in with")
        @Email(message = "must be an email address, like name@example.nhs.uk")
        @Size(max = 254, message = "must be 254 characters or fewer")
        String email,

        @NotBlank(message = "enter the person's name")
        @Size(max = 100, message = "must be 100 characters or fewer")
        String displayName,

        @NotNull(message = "enter a password")
        @AcceptablePassword
        String password,

        @NotEmpty(message = "give at least one role: STAFF, MODERATOR or ADMIN")
        Set<@NotNull(message = "must be STAFF, MODERATOR or ADMIN") Role> roles,

        List<@NotNull(message = "must be a provider identifier") @Pattern(regexp = ProviderIds.REGEX,
                message = ProviderIds.MESSAGE) String> providerCodes) {

    NewAccount {
        email = email == null ? null : Accounts.normalised(email);
        displayName = displayName == null ? null : displayName.strip();
        providerCodes = providerCodes == null ? List.of() : providerCodes;
        roles = roles == null ? Set.of() : roles;
    }
}
