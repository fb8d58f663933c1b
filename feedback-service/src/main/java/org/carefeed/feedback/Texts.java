package org.carefeed.feedback;

import org.carefeed.platform.text.PrintableTexts;

/**
 * How free text from requests is tidied before it is validated: in Unicode's composed form (NFC), so
 * text typed with combining accents is stored, counted and searched like the same text typed otherwise.
 */
public final class Texts {

    private Texts() {
    }

    /** In NFC, without surrounding whitespace, Unicode spaces included; null stays null. */
    public static String stripped(String value) {
        return value == null ? null : PrintableTexts.normalized(value).strip();
    }

    /** Stripped, and null when nothing is left: for optional fields, where blank means not given. */
    public static String optional(String value) {
        String stripped = stripped(value);
        return stripped == null || stripped.isEmpty() ? null : stripped;
    }
}
