package org.carefeed.choice.directory;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.carefeed.platform.web.InvalidRequest;

/**
 * Where a page of search results ended, in the order of that search: the last item's sort key and
 * code, and for the rating order also its fair score (null for a provider without one). Opaque to
 * clients; only valid with the same sort.
 */
record SearchCursor(String sort, String key, String code, Double score) {

    private static final String SEPARATOR = "\u0000";

    SearchCursor(String sort, String key, String code) {
        this(sort, key, code, null);
    }

    String encode() {
        String plain = sort.equals(ProviderSearch.BY_RATING)
                ? String.join(SEPARATOR, sort, score == null ? "" : score.toString(), key, code)
                : String.join(SEPARATOR, sort, key, code);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static SearchCursor decode(String text, String expectedSort) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split(SEPARATOR, -1);
            if (parts.length > 0 && parts[0].equals(expectedSort)) {
                if (expectedSort.equals(ProviderSearch.BY_RATING) && parts.length == 4) {
                    return new SearchCursor(parts[0], parts[2], parts[3], score(parts[1]));
                }
                if (!expectedSort.equals(ProviderSearch.BY_RATING) && parts.length == 3) {
                    if (expectedSort.equals(ProviderSearch.BY_DISTANCE)) {
                        finite(parts[1]);
                    }
                    return new SearchCursor(parts[0], parts[1], parts[2]);
                }
            }
        } catch (IllegalArgumentException notOurs) {
            // answered below
        }
        throw InvalidRequest.parameter("cursor",
                "is not a cursor from this search; use the 'next' value of the previous page unchanged, with the same sort");
    }

    private static Double score(String text) {
        return text.isEmpty() ? null : finite(text);
    }

    /** Only numbers encode() can write: no NaN or infinity, which would make odd queries. */
    private static double finite(String text) {
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + text);
        }
        return value;
    }
}
