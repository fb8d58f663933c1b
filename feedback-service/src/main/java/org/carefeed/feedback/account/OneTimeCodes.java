package org.carefeed.feedback.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time passwords as every authenticator app makes them (RFC 6238 defaults: HMAC-SHA1,
 * six digits, 30-second steps), and recovery codes.
 */
@Component
class OneTimeCodes {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DIGITS = 6;
    /** Codes of the step before and after count too, for phones whose clocks are a little off. */
    private static final int DRIFT_STEPS = 1;
    private static final int SECRET_BYTES = 20;
    static final int RECOVERY_CODES = 10;
    private static final String ISSUER = "Carefeed";
    /** Letters and digits that cannot be mistaken for one another when read from paper. */
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS);
    private final SecureRandom random = new SecureRandom();

    String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return new Base32().encodeAsString(secret).replace("=", "");
    }

    /** What an authenticator app scans or takes as a link: {@code otpauth://totp/Carefeed:email?secret=...}. */
    String uri(String secret, String email) {
        String label = URLEncoder.encode(ISSUER + ":" + email, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER + "&algorithm=SHA1&digits="
                + DIGITS + "&period=" + STEP.toSeconds();
    }

    /** The time step whose code this is, at {@code now} give or take a step; empty if it is none of them. */
    OptionalLong stepOf(String secret, String code, Instant now) {
        if (code == null || !code.strip().matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        byte[] given = code.strip().getBytes(StandardCharsets.US_ASCII);
        long current = now.getEpochSecond() / STEP.toSeconds();
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            byte[] expected = code(secret, step).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, given)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code of one time step. */
    String code(String secret, long step) {
        try {
            return totp.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm()),
                    Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A stored second-factor secret is not a usable key", e);
        }
    }

    /** Fresh recovery codes, such as {@code k7m2p-xq9ra}: 50 bits each. */
    List<String> newRecoveryCodes() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
            }
            codes.add(code.insert(5, '-').toString());
        }
        return codes;
    }

    /** A recovery code as typed, in the one form its hash is kept of: lower case, no dash or space. */
    static String normalisedRecoveryCode(String typed) {
        return typed == null ? "" : typed.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }
}
