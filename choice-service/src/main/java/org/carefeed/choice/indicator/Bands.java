package org.carefeed.choice.indicator;

import java.util.Locale;

/** Reads the band out of a published sentence such as "In the worst 25% of CCGs (0.05 ...)". */
final class Bands {

    private Bands() {
    }

    /** @return "worst 25%", "middle range", "best 25%", or null when the sentence states none */
    static String of(String publishedText) {
        if (publishedText == null) {
            return null;
        }
        String text = publishedText.toLowerCase(Locale.ROOT);
        if (text.contains("worst 25%")) {
            return "worst 25%";
        }
        if (text.contains("best 25%")) {
            return "best 25%";
        }
        if (text.contains("middle range")) {
            return "middle range";
        }
        return null;
    }
}
