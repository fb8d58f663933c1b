package org.carefeed.feedback.auth;

import org.carefeed.feedback.account.Account;
import org.springframework.stereotype.Component;

/**
 * Who must sign in with a one-time code (accounts with a role in
 * {@code carefeed.auth.second-factor-required-roles}, and everyone who has set one up), and what a
 * token reaches when its holder has not.
 */
@Component
class SecondFactorPolicy {

    private final AuthProperties properties;

    SecondFactorPolicy(AuthProperties properties) {
        this.properties = properties;
    }

    boolean required(Account account) {
        return account.roles().stream().anyMatch(properties.secondFactorRequiredRoles()::contains);
    }

    /**
     * Whether a token reaches the account's roles: if it was obtained with a one-time code, or the
     * account neither has a second factor nor needs one. Otherwise it reaches only the account's own
     * endpoints, to set one up. Decided on the account as it is now, so a role that needs a second
     * factor, given later, is not reached with a token obtained without one.
     */
    boolean reachesRoles(Account account, boolean signedInWithCode) {
        return signedInWithCode || !account.hasSecondFactor() && !required(account);
    }
}
