package org.carefeed.feedback.account;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** An account as administrators see it: never its password hash, second-factor secret or recovery codes. */
record AccountView(String id, String email, String displayName, Set<Role> roles, List<String> providerCodes,
        boolean disabled, Instant createdAt, boolean secondFactor) {

    static AccountView of(Account account) {
        return new AccountView(account.id(), account.email(), account.displayName(), account.roles(),
                account.providerCodes(), account.disabled(), account.createdAt(), account.hasSecondFactor());
    }
}
