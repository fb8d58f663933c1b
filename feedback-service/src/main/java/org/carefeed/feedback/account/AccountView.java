package org.carefeed.feedback.account;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** An account as administrators see it: never its password hash. */
record AccountView(String id, String email, String displayName, Set<Role> roles, List<String> providerCodes,
        boolean disabled, Instant createdAt) {

    static AccountView of(Account account) {
        return new AccountView(account.id(), account.email(), account.displayName(), account.roles(),
                account.providerCodes(), account.disabled(), account.createdAt());
    }
}
