package org.carefeed.feedback.account;

import java.time.Instant;
import java.util.List;

/**
 * An account's second factor: a TOTP secret (RFC 6238) its authenticator app holds, and single-use
 * recovery codes for when the app is lost. The secret is given to its owner once, when enrolment
 * starts, and never shown again; recovery codes are kept only as hashes.
 *
 * @param secret             Base32, as authenticator apps take it
 * @param confirmedAt        when its owner proved the app has it; until then it is not used at sign-in
 * @param lastUsedStep       the 30-second time step of the last code accepted: a code is never accepted twice
 * @param recoveryCodeHashes SHA-256 of the recovery codes not used yet
 */
record SecondFactor(String secret, Instant startedAt, Instant confirmedAt, long lastUsedStep,
        List<String> recoveryCodeHashes) {

    static final String FIELD = "secondFactor";

    boolean confirmed() {
        return confirmedAt != null;
    }
}
