package org.carefeed.feedback.account;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.carefeed.feedback.directory.ProviderDirectory;
import org.carefeed.platform.web.Conflict;
import org.carefeed.platform.web.InvalidRequest;
import org.carefeed.platform.web.NotFound;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creates accounts, checks passwords with lockout, and disables accounts. */
@Service
public class Accounts {

    private final AccountRepository accounts;
    private final MongoTemplate mongo;
    private final PasswordEncoder encoder;
    private final ProviderDirectory directory;
    private final AccountProperties properties;
    private final Clock clock;
    /** Compared against when the email is unknown, so both failures take as long. */
    private final String unknownAccountHash;

    Accounts(AccountRepository accounts, MongoTemplate mongo, PasswordEncoder encoder, ProviderDirectory directory,
            AccountProperties properties, Clock clock) {
        this.accounts = accounts;
        this.mongo = mongo;
        this.encoder = encoder;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
        this.unknownAccountHash = encoder.encode(UUID.randomUUID().toString());
    }

    /** How long repeated failed sign-ins lock an account. */
    public Duration lockFor() {
        return properties.lockFor();
    }

    /** The account behind a token, if it still exists and is not disabled. */
    public Optional<Account> active(String id) {
        return accounts.findById(id).filter(account -> !account.disabled());
    }

    /**
     * Checks an email and password. A wrong password counts towards locking the account; a locked or
     * disabled account is refused even with the right password. Every path costs one password check,
     * and failures are counted by an atomic update, so neither timing nor a burst of parallel guesses
     * tells more than one failed guess does.
     */
    public Optional<Account> signIn(String email, String password) {
        Optional<Account> found = accounts.findByEmail(normalised(email));
        boolean matches = encoder.matches(password, found.map(Account::passwordHash).orElse(unknownAccountHash));
        if (found.isEmpty() || found.get().disabled()) {
            return Optional.empty();
        }
        Account account = found.get();
        Instant now = clock.instant();
        if (account.lockedAt(now)) {
            return Optional.empty();
        }
        if (!matches) {
            recordFailure(account.id(), now);
            return Optional.empty();
        }
        if (account.failedSignIns() > 0) {
            mongo.updateFirst(query(where("_id").is(account.id())),
                    new Update().set("failedSignIns", 0).unset("lockedUntil"), Account.COLLECTION);
        }
        return Optional.of(account);
    }

    /** Counts a failure; the one that reaches the limit locks the account and starts the count again. */
    private void recordFailure(String id, Instant now) {
        // By collection name, not entity class, so the update leaves the document's version alone and
        // an administrator's concurrent change to the account is not refused because of a failed guess.
        Document counted = mongo.findAndModify(query(where("_id").is(id)), new Update().inc("failedSignIns", 1),
                FindAndModifyOptions.options().returnNew(true), Document.class, Account.COLLECTION);
        if (counted != null && counted.getInteger("failedSignIns", 0) >= properties.maxFailedSignIns()) {
            mongo.updateFirst(query(where("_id").is(id).and("failedSignIns").gte(properties.maxFailedSignIns())),
                    new Update().set("failedSignIns", 0).set("lockedUntil", now.plus(properties.lockFor())),
                    Account.COLLECTION);
        }
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
