package org.carefeed.feedback.auth;

import java.util.Optional;

import org.carefeed.feedback.account.Account;
import org.carefeed.feedback.account.Role;
import org.carefeed.feedback.directory.KnownProvider;
import org.carefeed.feedback.directory.ProviderDirectory;
import org.springframework.stereotype.Component;

/**
 * Whether a staff member works for a provider: it is one of their providers, or the NHS trust that
 * runs it is (a trust's staff handle its hospital sites' feedback). Other parents in the published
 * directory do not count: a GP practice's parent is its commissioning group, whose staff have no
 * business reading the practice's complaints.
 */
@Component
public class ProviderAccess {

    /** The directory's type for NHS trusts (see choice-service's provider types). */
    static final String TRUST = "trust";

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
                .flatMap(known -> directory.find(known.parentCode()))
                .filter(parent -> TRUST.equals(parent.type()))
                .map(KnownProvider::nameOrCode);
    }

    public boolean worksFor(Account account, String providerCode) {
        return actingOrganisation(account, providerCode).isPresent();
    }
}
