package org.carefeed.feedback.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.carefeed.events.EventCodec;
import org.carefeed.feedback.directory.ProviderDirectory;
import org.carefeed.platform.mongo.OptimisticRetry;
import org.carefeed.platform.web.Conflict;
import org.carefeed.platform.web.InvalidRequest;
import org.carefeed.platform.web.NotFound;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creates accounts, checks passwords, changes access and passwords, and disables accounts; every
 * change is audited, and every change to what an account may do is announced on the accounts topic
 * in the same write (see {@link Account#announced}).
 */
@Service
public class Accounts {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final ProviderDirectory directory;
    private final PasswordResets resets;
    private final AccountAudit audit;
    private final EventCodec codec;
    private final Clock clock;
    /** Compared against when the email is unknown, so both failures take as long. */
    private final String unknownAccountHash;

    Accounts(AccountRepository accounts, PasswordEncoder encoder, ProviderDirectory directory, PasswordResets resets,
            AccountAudit audit, EventCodec codec, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.directory = directory;
        this.resets = resets;
        this.audit = audit;
        this.codec = codec;
        this.clock = clock;
        this.unknownAccountHash = encoder.encode(UUID.randomUUID().toString());
    }

    /** The account behind a token, if it still exists and is not disabled. */
    public Optional<Account> active(String id) {
        return accounts.findById(id).filter(account -> !account.disabled());
    }

    /**
     * Checks an email and password: the account, if the password is right and the account enabled.
     * Every path costs exactly one password check, known account or not, so timing tells nothing.
     * Repeated failures are slowed down by the sign-in endpoint, never by locking the account.
     */
    public Optional<Account> signIn(String email, String password) {
        Optional<Account> found = accounts.findByEmail(normalised(email));
        boolean matches = encoder.matches(password, found.map(Account::passwordHash).orElse(unknownAccountHash));
        return found.filter(account -> matches && !account.disabled());
    }

    Account create(NewAccount request, Account admin) {
        requireProviders(request.roles(), request.providerCodes());
        Account account = Account.created(UUID.randomUUID().toString(), request.email(), request.displayName(),
                encoder.encode(request.password()), request.roles(), List.copyOf(request.providerCodes()),
                clock.instant()).announced(codec, clock.instant());
        try {
            account = accounts.insert(account);
        } catch (DuplicateKeyException e) {
            throw new Conflict("email", "There is already an account with this email address.");
        }
        audit.record(AccountAudit.by(admin), account.id(), "created", access(account));
        return account;
    }

    /** Staff need a provider, and every provider given must be in the directory. */
    private void requireProviders(Set<Role> roles, List<String> providerCodes) {
        if (roles.contains(Role.STAFF) && providerCodes.isEmpty()) {
            throw InvalidRequest.unprocessable("providerCodes", "Staff accounts need at least one provider code.");
        }
        for (int i = 0; i < providerCodes.size(); i++) {
            directory.requireKnown(providerCodes.get(i), "providerCodes[" + i + "]");
        }
    }

    private static String access(Account account) {
        return "roles " + account.roles().stream().map(Role::name).sorted().toList() + ", providers "
                + account.providerCodes();
    }

    List<Account> all() {
        return accounts.findAll();
    }

    Account setDisabled(String id, boolean disabled, Account admin) {
        if (disabled && id.equals(admin.id())) {
            throw new Conflict("id", "You cannot disable your own account: ask another administrator.");
        }
        Account account = OptimisticRetry.run(() -> save(find(id).withDisabled(disabled)));
        audit.record(AccountAudit.by(admin), id, disabled ? "disabled" : "enabled", null);
        return account;
    }

    /** Replaces the account's roles and providers; takes effect at the account's next request. */
    Account changeAccess(String id, AccessChange change, Account admin) {
        if (id.equals(admin.id()) && !change.roles().contains(Role.ADMIN)) {
            throw new Conflict("roles", "You cannot take away your own ADMIN role: ask another administrator.");
        }
        requireProviders(change.roles(), change.providerCodes());
        Account before = find(id);
        Account after = OptimisticRetry.run(() -> save(find(id).withAccess(change.roles(),
                List.copyOf(change.providerCodes()))));
        audit.record(AccountAudit.by(admin), id, "access-changed", "from " + access(before) + " to " + access(after));
        return after;
    }

    /** A person changes their own password, giving the current one. */
    void changePassword(Account me, PasswordChange change) {
        Account current = find(me.id());
        if (!encoder.matches(change.currentPassword(), current.passwordHash())) {
            throw InvalidRequest.field("currentPassword", "is not your current password");
        }
        String newHash = encoder.encode(change.newPassword());
        OptimisticRetry.run(() -> save(find(me.id()).withPassword(newHash, clock.instant())));
        audit.record(AccountAudit.by(me), me.id(), "password-changed", null);
    }

    /** A single-use link for the account's owner to set a new password, passed on out of band. */
    PasswordResets.Issued issueResetLink(String id, Account admin) {
        find(id);
        PasswordResets.Issued issued = resets.issue(id);
        audit.record(AccountAudit.by(admin), id, "reset-link-issued", "valid until " + issued.expiresAt());
        return issued;
    }

    void resetPassword(PasswordReset reset) {
        String id = resets.take(reset.token()).orElseThrow(() -> InvalidRequest.unprocessable("token",
                "This reset link has expired or has been used. Ask an administrator for a new one."));
        String newHash = encoder.encode(reset.newPassword());
        OptimisticRetry.run(() -> save(find(id).withPassword(newHash, clock.instant())));
        audit.record("reset-link", id, "password-reset", null);
    }

    /**
     * Saves a change to the account with its announcement. The relay removing a published announcement
     * moves the version on, so a copy read before that is retried afresh rather than put back.
     */
    private Account save(Account changed) {
        return accounts.save(changed.announced(codec, clock.instant()));
    }

    private Account find(String id) {
        return accounts.findById(id).orElseThrow(() -> new NotFound("There is no account with this id."));
    }

    static String normalised(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
