package org.carefeed.feedback.auth;

import java.util.Optional;

import org.carefeed.feedback.account.Account;
import org.carefeed.feedback.account.Role;
import org.carefeed.feedback.directory.KnownProvider;
import org.carefeed.feedback.directory.ProviderDirectory;
import org.springframework.stereotype.Component;

/**
 * Whether a staff member works for a provider: it is one of their providers, or its parent
 * organisation (such as the trust that runs a hospital site) is.
 */
@Component
public class ProviderAccess {

    private final ProviderDirectory directory;

    ProviderAccess(ProviderDirectory directory) {
        this.directory = directory;
    }

    /** The organisation the staff member acts for at this provider: the provider itself or its parent. */
    public Optional<String> actingOrganisation(Account account, String providerCode) {
        if (!account.has(Role.STAFF)) {
            return Optional.empty();
        }
        Optional<KnownProvider> provider = directory.find(providerCode);
        if (account.providerCodes().contains(providerCode)) {
            return Optional.of(provider.map(KnownProvider::nameOrCode).orElse(providerCode));
        }
        return provider
                .filter(known -> known.parentCode() != null && account.providerCodes().contains(known.parentCode()))
                .map(known -> directory.find(known.parentCode()).map(KnownProvider::nameOrCode)
                        .orElse(known.parentCode()));
    }

    public boolean worksFor(Account account, String providerCode) {
        return actingOrganisation(account, providerCode).isPresent();
    }
}
