package org.carefeed.feedback.account;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;

import org.carefeed.feedback.Sha256;
import org.carefeed.platform.mongo.OptimisticRetry;
import org.carefeed.platform.web.Conflict;
import org.carefeed.platform.web.InvalidRequest;
import org.carefeed.platform.web.NotFound;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Enrolment in the second factor, its check at sign-in, and its reset by an administrator. A code is
 * accepted once only: the step it belongs to, or the recovery code, is claimed in one conditional
 * update, so two sign-ins racing with the same code cannot both pass.
 */
@Service
public class SecondFactors {

    private static final String LAST_USED_STEP = SecondFactor.FIELD + ".lastUsedStep";
    private static final String RECOVERY_CODE_HASHES = SecondFactor.FIELD + ".recoveryCodeHashes";
    /** Moved on with every claim, so a copy of the account read before it is saved again only afresh. */
    private static final String VERSION = "version";

    private final AccountRepository accounts;
    private final MongoTemplate mongo;
    private final OneTimeCodes codes;
    private final AccountAudit audit;
    private final Clock clock;

    SecondFactors(AccountRepository accounts, MongoTemplate mongo, OneTimeCodes codes, AccountAudit audit, Clock clock) {
        this.accounts = accounts;
        this.mongo = mongo;
        this.codes = codes;
        this.audit = audit;
        this.clock = clock;
    }

    /** The secret, shown this once, for the person's authenticator app. */
    record Enrolment(String secret, String otpauthUri) {
    }

    /** Starts (or starts again) enrolment with a new secret; not once a second factor is confirmed. */
    Enrolment start(Account me) {
        String secret = codes.newSecret();
        OptimisticRetry.run(() -> {
            Account account = find(me.id());
            if (account.hasSecondFactor()) {
                throw new Conflict("secondFactor", "Your account already has a second factor. If you have lost it, "
                        + "use a recovery code, or ask an administrator to reset it.");
            }
            return accounts.save(account.withSecondFactor(new SecondFactor(secret, clock.instant(), null, 0, List.of())));
        });
        return new Enrolment(secret, codes.uri(secret, me.email()));
    }

    /** Confirms enrolment with a code from the app; the recovery codes, shown this once. */
    List<String> confirm(Account me, String oneTimeCode) {
        List<String> recoveryCodes = codes.newRecoveryCodes();
        OptimisticRetry.run(() -> {
            Account account = find(me.id());
            SecondFactor pending = account.secondFactor();
            if (pending == null || pending.confirmed()) {
                throw new Conflict("secondFactor", pending == null ? "Start enrolment first: POST /api/account/second-factor."
                        : "Your second factor is already confirmed.");
            }
            OptionalLong step = codes.stepOf(pending.secret(), oneTimeCode, clock.instant());
            if (step.isEmpty()) {
                throw InvalidRequest.field("oneTimeCode", "is not the code your authenticator app shows now");
            }
            // The step that confirmed it counts as used: the same code cannot then sign in.
            return accounts.save(account.withSecondFactor(new SecondFactor(pending.secret(), pending.startedAt(),
                    clock.instant(), step.getAsLong(), recoveryCodes.stream().map(SecondFactors::hash).toList())));
        });
        audit.record(AccountAudit.by(me), me.id(), "second-factor-enrolled",
                recoveryCodes.size() + " recovery codes issued");
        return recoveryCodes;
    }

    /**
     * Whether this one-time code, or one of the account's recovery codes, passes now; it is used up
     * if so. Only asked once the password was right.
     */
    public boolean passes(Account account, String oneTimeCode) {
        SecondFactor factor = account.secondFactor();
        if (oneTimeCode == null || oneTimeCode.isBlank() || factor == null || !factor.confirmed()) {
            return false;
        }
        OptionalLong step = codes.stepOf(factor.secret(), oneTimeCode, clock.instant());
        if (step.isPresent()) {
            return claimed(where(LAST_USED_STEP).lt(step.getAsLong()), account.id(),
                    new Update().set(LAST_USED_STEP, step.getAsLong()));
        }
        String hash = hash(oneTimeCode);
        boolean recovered = claimed(where(RECOVERY_CODE_HASHES).is(hash), account.id(),
                new Update().pull(RECOVERY_CODE_HASHES, hash));
        if (recovered) {
            audit.record(AccountAudit.by(account), account.id(), "recovery-code-used",
                    (factor.recoveryCodeHashes().size() - 1) + " recovery codes left");
        }
        return recovered;
    }

    /** Applies the claim if the account still matches {@code unclaimed}: true for the one caller that got it. */
    private boolean claimed(Criteria unclaimed, String id, Update claim) {
        return mongo.updateFirst(query(where("_id").is(id)).addCriteria(unclaimed), claim.inc(VERSION, 1), Account.class)
                .getModifiedCount() == 1;
    }

    /** An administrator removes an account's second factor (a lost phone, say); its owner enrols again. */
    Account reset(String id, Account admin) {
        Account account = OptimisticRetry.run(() -> accounts.save(find(id).withSecondFactor(null)));
        audit.record(AccountAudit.by(admin), id, "second-factor-reset", null);
        return account;
    }

    private Account find(String id) {
        return accounts.findById(id).orElseThrow(() -> new NotFound("There is no account with this id."));
    }

    private static String hash(String recoveryCode) {
        return Sha256.hex(OneTimeCodes.normalisedRecoveryCode(recoveryCode));
    }
}
