package org.carefeed.feedback.account;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.carefeed.events.ProviderIds;

/** What an administrator sends to change an account's roles and providers; both are replaced. */
record AccessChange(
        @NotEmpty(message = "give at least one role: STAFF, MODERATOR or ADMIN")
        Set<@NotNull(message = "must be STAFF, MODERATOR or ADMIN") Role> roles,

        List<@NotNull(message = "must be a provider identifier") @Pattern(regexp = ProviderIds.REGEX,
                message = ProviderIds.MESSAGE) String> providerCodes) {

    AccessChange {
        roles = roles == null ? Set.of() : roles;
        providerCodes = providerCodes == null ? List.of() : providerCodes;
    }
}
