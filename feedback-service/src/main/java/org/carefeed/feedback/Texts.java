package org.carefeed.feedback;

/** How free text from requests is tidied before it is validated. */
public final class Texts {

    private Texts() {
    }

    /** Without surrounding whitespace, Unicode spaces included; null stays null. */
    public static String stripped(String value) {
        return value == null ? null : value.strip();
    }

    /** Stripped, and null when nothing is left: for optional fields, where blank means not given. */
    public static String optional(String value) {
        String stripped = stripped(value);
        return stripped == null || stripped.isEmpty() ? null : stripped;
    }
}
