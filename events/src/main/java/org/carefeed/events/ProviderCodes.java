package org.carefeed.events;

import java.util.regex.Pattern;

/**
 * The shape of an ODS code (the NHS Organisation Data Service identifier of a provider), as accepted
 * anywhere in Carefeed. Codes are upper-case letters and digits: three for a trust ({@code RJ7}),
 * five for a site ({@code RJ731}), six for a GP practice ({@code A81001}); a few published site
 * codes carry a suffix after a dash ({@code RVN3N-B}).
 */
public final class ProviderCodes {

    /** Regular expression a provider code must match; the JSON Schemas use the same one. */
    public static final String REGEX = "^[A-Z0-9]{3,10}(-[A-Z0-9]{1,4})?$";

    /** What to tell a person whose code does not match. */
    public static final String MESSAGE = "must be an ODS code: 3 to 10 capital letters and digits, such as RJ731 (a few have a suffix, such as RVN3N-B)";

    private static final Pattern PATTERN = Pattern.compile(REGEX);

    private ProviderCodes() {
    }

    public static boolean isValid(String code) {
        return code != null && PATTERN.matcher(code).matches();
    }
}
