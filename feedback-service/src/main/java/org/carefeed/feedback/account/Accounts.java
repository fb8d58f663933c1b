package org.carefeed.feedback.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.carefeed.feedback.directory.ProviderDirectory;
import org.carefeed.platform.web.Conflict;
import org.carefeed.platform.web.InvalidRequest;
import org.carefeed.platform.web.NotFound;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creates accounts, checks passwords with lockout, and disables accounts. */
@Service
public class Accounts {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final ProviderDirectory directory;
    private final AccountProperties properties;
    private final Clock clock;
    /** Compared against when the email is unknown, so both failures take as long. */
    private final String unknownAccountHash;

    Accounts(AccountRepository accounts, PasswordEncoder encoder, ProviderDirectory directory,
            AccountProperties properties, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
        this.unknownAccountHash = encoder.encode(UUID.randomUUID().toString());
    }

    /** The account behind a token, if it still exists and is not disabled. */
    public Optional<Account> active(String id) {
        return accounts.findById(id).filter(account -> !account.disabled());
    }

    /**
     * Checks an email and password. A wrong password counts towards locking the account; a locked or
     * disabled account is refused even with the right password.
     */
    public Optional<Account> signIn(String email, String password) {
        Optional<Account> found = accounts.findByEmail(normalised(email));
        if (found.isEmpty()) {
            encoder.matches(password, unknownAccountHash);
            return Optional.empty();
        }
        Account account = found.get();
        if (account.disabled() || account.lockedAt(clock.instant())) {
            return Optional.empty();
        }
        if (!encoder.matches(password, account.passwordHash())) {
            accounts.save(account.afterFailedSignIn(clock.instant(), properties.maxFailedSignIns(),
                    properties.lockFor()));
            return Optional.empty();
        }
        return Optional.of(account.failedSignIns() == 0 ? account : accounts.save(account.afterSuccessfulSignIn()));
    }

    Account create(NewAccount request) {
        if (request.roles().contains(Role.STAFF) && request.providerCodes().isEmpty()) {
            throw InvalidRequest.unprocessable("providerCodes", "Staff accounts need at least one provider code.");
        }
        for (int i = 0; i < request.providerCodes().size(); i++) {
            directory.requireKnown(request.providerCodes().get(i), "providerCodes[" + i + "]");
        }
        Account account = new Account(UUID.randomUUID().toString(), request.email(), request.displayName(),
                encoder.encode(request.password()), request.roles(), List.copyOf(request.providerCodes()), false, 0,
                null, clock.instant(), null);
        try {
            return accounts.insert(account);
        } catch (DuplicateKeyException e) {
            throw new Conflict("email", "There is already an account with this email address.");
        }
    }

    List<Account> all() {
        return accounts.findAll();
    }

    Account setDisabled(String id, boolean disabled) {
        Account account = accounts.findById(id).orElseThrow(() -> new NotFound("There is no account with this id."));
        return accounts.save(account.withDisabled(disabled));
    }

    static String normalised(String email) {
        return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
