package org.carefeed.choice.directory;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.carefeed.platform.web.InvalidRequest;

/**
 * Where a page of search results ended, in the order of that search: the last item's sort key and
 * code. Opaque to clients; only valid with the same sort.
 */
record SearchCursor(String sort, String key, String code) {

    private static final String SEPARATOR = "\u0000";

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, sort, key, code).getBytes(StandardCharsets.UTF_8));
    }

    static SearchCursor decode(String text, String expectedSort) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split(SEPARATOR, -1);
            if (parts.length == 3 && parts[0].equals(expectedSort)) {
                if (expectedSort.equals(ProviderSearch.BY_DISTANCE)) {
                    Double.parseDouble(parts[1]);
                }
                return new SearchCursor(parts[0], parts[1], parts[2]);
            }
        } catch (IllegalArgumentException notOurs) {
            // answered below
        }
        throw InvalidRequest.parameter("cursor",
                "is not a cursor from this search; use the 'next' value of the previous page unchanged, with the same sort");
    }
}
