package org.carefeed.choice.directory;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK postcode, full ("SW1A 1AA") or only its outward code ("SW1A", a postal district), in the
 * normalised form: upper case, one space between outward and inward code.
 *
 * <p>Only the shape is checked, as in the usual UK format: an area of one or two letters, a district
 * of a digit and an optional letter or digit, and an inward code of a digit and two letters; plus
 * the one non-geographic exception, GIR 0AA. Whether the postcode exists is not known here.
 */
final class UkPostcode {

    /**
     * Spaces are allowed around the whole and between outward and inward code, nowhere else: "SW1A 1AA"
     * typed with extra spaces is still a postcode, "S W1A" is a typo. ASCII letters only, any case.
     */
    private static final Pattern SHAPE = Pattern.compile(
            "[\\s\\u00A0]*(?:([A-Z]{1,2}[0-9][A-Z0-9]?)|(GIR))[\\s\\u00A0]*([0-9][A-Z]{2})?[\\s\\u00A0]*",
            Pattern.CASE_INSENSITIVE);

    private final String district;
    /** Null when only the outward code was given. */
    private final String unit;

    private UkPostcode(String district, String unit) {
        this.district = district;
        this.unit = unit;
    }

    /**
     * Reads a postcode as people type it: any case, with or without the space ("sw1a1aa",
     * " SW1A  1AA "), or an outward code alone ("SW1A", "M1").
     *
     * @return empty when the text is null or not a well-formed postcode or outward code
     */
    static Optional<UkPostcode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = SHAPE.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        boolean gir = matcher.group(2) != null;
        String outward = (gir ? matcher.group(2) : matcher.group(1)).toUpperCase(Locale.ROOT);
        String inward = matcher.group(3) == null ? null : matcher.group(3).toUpperCase(Locale.ROOT);
        // GIR is a district of one postcode; "GIR 1AB" is not a postcode.
        if (gir && inward != null && !inward.equals("0AA")) {
            return Optional.empty();
        }
        return Optional.of(new UkPostcode(outward, inward == null ? null : outward + " " + inward));
    }

    /** The full postcode, "SW1A 1AA"; null when only the outward code was given. */
    String unit() {
        return unit;
    }

    /** The postcode sector, "SW1A 1" (the unit without its last two letters); null when outward only. */
    String sector() {
        return unit == null ? null : unit.substring(0, unit.length() - 2);
    }

    /** The outward code, which is the postal district: "SW1A". */
    String district() {
        return district;
    }

    /** Whether this is a whole postcode, not only a district. */
    boolean isFull() {
        return unit != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UkPostcode postcode && district.equals(postcode.district)
                && Objects.equals(unit, postcode.unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(district, unit);
    }

    /** The normalised text: the unit, or the district when only that was given. */
    @Override
    public String toString() {
        return unit == null ? district : unit;
    }
}
