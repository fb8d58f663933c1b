package org.carefeed.feedback.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link AcceptablePassword}, saying what is wrong in words a person can act on. */
public class AcceptablePasswordValidator implements ConstraintValidator<AcceptablePassword, String> {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 64;
    /** BCrypt reads no more than this many bytes of a password. */
    static final int MAX_BYTES = 72;
    private static final Set<String> COMMON = load("/common-passwords.txt");

    @Override
    public boolean isValid(String password, ConstraintValidatorContext context) {
        if (password == null) {
            return true; // @NotNull says so
        }
        String problem = problemWith(password);
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
    }

    /** What is wrong with the password, or null if nothing is. */
    static String problemWith(String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "is too long: use fewer accented or non-Latin characters (" + MAX_BYTES + " bytes at most)";
        }
        if (password.codePoints().anyMatch(Character::isISOControl)) {
            return "must not contain control characters such as tabs or line breaks";
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(folded) || folded.chars().distinct().count() <= 2) {
            return "is one of the passwords people use most, which attackers try first: choose another";
        }
        return null;
    }

    private static Set<String> load(String resource) {
        try (InputStream in = AcceptablePasswordValidator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
