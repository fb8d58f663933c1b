package org.carefeed.feedback.auth;

import org.carefeed.feedback.account.Account;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request made with a valid token of an active account; the principal is the account itself. Its
 * roles count only if the token reaches them (see {@link SecondFactorPolicy}).
 */
final class AccountAuthentication extends AbstractAuthenticationToken {

    private final Account account;
    private final boolean reachesRoles;

    AccountAuthentication(Account account, boolean reachesRoles) {
        super(reachesRoles ? account.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList()
                : java.util.List.of());
        this.account = account;
        this.reachesRoles = reachesRoles;
        setAuthenticated(true);
    }

    /** Signed in without the one-time code the account needs: only its own account is reached. */
    boolean awaitsSecondFactor() {
        return !reachesRoles;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Account getPrincipal() {
        return account;
    }

    @Override
    public String getName() {
        return account.id();
    }
}
