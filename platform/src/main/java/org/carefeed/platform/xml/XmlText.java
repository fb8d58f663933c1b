package org.carefeed.platform.xml;

/**
 * Text as XML 1.0 can carry it. XML 1.0 has no way at all, not even a character reference, to hold NUL,
 * the other C0 controls but tab and line breaks, unpaired surrogates, or U+FFFE and U+FFFF; a writer
 * that passes one through makes a document every parser refuses. Text stored before such characters
 * were refused at the door may still hold them, so whatever is written as XML goes through here first.
 */
public final class XmlText {

    /** What stands in for a character XML cannot hold, so a reader sees that something was there. */
    public static final char REPLACEMENT = '\uFFFD';

    private XmlText() {
    }

    /** The text with every character XML 1.0 cannot hold replaced by U+FFFD; null stays null. */
    public static String of(String text) {
        if (text == null || isAllowed(text)) {
            return text;
        }
        StringBuilder allowed = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isPair(text, i)) {
                allowed.append(c).append(text.charAt(++i));
            } else {
                allowed.append(isAllowedAlone(c) ? c : REPLACEMENT);
            }
        }
        return allowed.toString();
    }

    private static boolean isAllowed(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isPair(text, i)) {
                i++;
            } else if (!isAllowedAlone(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A high surrogate followed by a low one: one character beyond U+FFFF, which XML allows. */
    private static boolean isPair(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    /** XML 1.0's Char production, for characters of the Basic Multilingual Plane. */
    private static boolean isAllowedAlone(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
    }
}
