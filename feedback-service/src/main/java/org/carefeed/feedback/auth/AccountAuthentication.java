package org.carefeed.feedback.auth;

import org.carefeed.feedback.account.Account;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request made with a valid token of an active account; the principal is the account itself. */
final class AccountAuthentication extends AbstractAuthenticationToken {

    private final Account account;

    AccountAuthentication(Account account) {
        super(account.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
        this.account = account;
        setAuthenticated(true);
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
