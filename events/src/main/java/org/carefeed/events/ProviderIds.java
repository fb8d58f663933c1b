package org.carefeed.events;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A provider's public identifier, as events and URLs carry it: its ODS code where it has one (so the
 * identifiers of providers known by ODS code never change), otherwise another identifier it is known
 * by, written with its kind, such as {@code cqc:1-101628572} (a CQC location) or
 * {@code nhs-choices:25085} (the publisher's own number).
 */
public final class ProviderIds {

    /** Regular expression a public identifier matches; the JSON Schemas use the same one. */
    public static final String REGEX =
            "^(?:[A-Z0-9]{3,10}(?:-[A-Z0-9]{1,4})?|(?:cqc|nhs-choices):[A-Za-z0-9][A-Za-z0-9-]{0,39})$";

    /** What to tell a person whose identifier does not match. */
    public static final String MESSAGE = "must be a provider's identifier: an ODS code such as RJ731, or another "
            + "identifier with its kind, such as cqc:1-101628572 or nhs-choices:25085";

    private static final Pattern PATTERN = Pattern.compile(REGEX);
    private static final String ODS_PREFIX = ProviderIdentifier.ODS + ":";

    private ProviderIds() {
    }

    public static boolean isValid(String id) {
        return id != null && PATTERN.matcher(id).matches();
    }

    /** The ODS code a public identifier is, or null when the provider is known by another kind of identifier. */
    public static String odsCodeOf(String id) {
        return id != null && ProviderCodes.isValid(id) ? id : null;
    }

    /**
     * What a person or program typed, as a public identifier if it can be one: ODS codes in any case and
     * with or without {@code ods:}, other kinds with their prefix in any case.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip();
        int colon = text.indexOf(':');
        if (colon < 0 || text.regionMatches(true, 0, ODS_PREFIX, 0, ODS_PREFIX.length())) {
            String code = text.substring(colon + 1).toUpperCase(Locale.ROOT);
            return ProviderCodes.isValid(code) ? Optional.of(code) : Optional.empty();
        }
        String id = text.substring(0, colon).toLowerCase(Locale.ROOT) + text.substring(colon);
        return isValid(id) ? Optional.of(id) : Optional.empty();
    }

    /**
     * For event records: the public identifier, taken from the ODS code on events written before the
     * identifier existed.
     */
    static String orCode(String providerId, String providerCode) {
        String id = providerId != null ? providerId : providerCode;
        if (id == null) {
            throw new NullPointerException("providerId");
        }
        return id;
    }
}
