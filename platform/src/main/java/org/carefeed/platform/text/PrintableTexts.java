package org.carefeed.platform.text;

import java.text.Normalizer;
import java.util.OptionalInt;

/** The rules of {@link PrintableText}, and the normal form text is kept in. */
public final class PrintableTexts {

    private PrintableTexts() {
    }

    /**
     * In Unicode's composed normal form (NFC): "é" typed as e and a combining accent is stored as the one
     * character, so the same words compare, count and search the same however they were typed.
     */
    public static String normalized(String value) {
        return value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /** @return the index (in chars) of the first character text may not hold, if any */
    public static OptionalInt firstFault(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                if (isNonCharacter(value.codePointAt(i))) {
                    return OptionalInt.of(i);
                }
                i++;
            } else if (Character.isSurrogate(c) || isControl(c) || isDirectionOverride(c) || isNonCharacter(c)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    static String describe(String value, int index) {
        char c = value.charAt(index);
        String what = Character.isSurrogate(c) ? "a broken character (an unpaired surrogate)"
                : isControl(c) ? "a control character"
                : isDirectionOverride(c) ? "a text-direction override"
                : "a Unicode non-character";
        return String.format("must not contain %s: U+%04X at character %d", what, value.codePointAt(index), index + 1);
    }

    /** C0 and C1 controls and DEL; tab, line feed and carriage return are text. */
    private static boolean isControl(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c <= 0x9F;
    }

    /** Embeddings and overrides (U+202A to U+202E), which reorder the text around them. */
    private static boolean isDirectionOverride(char c) {
        return c >= 0x202A && c <= 0x202E;
    }

    private static boolean isNonCharacter(int codePoint) {
        return (codePoint & 0xFFFE) == 0xFFFE || codePoint >= 0xFDD0 && codePoint <= 0xFDEF;
    }
}
