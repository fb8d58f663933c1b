package org.carefeed.platform.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Where a page ended in a list ordered by a time and then an id: the last item's time and id. Opaque
 * to clients (base64url), so its format can change without breaking them.
 */
public record KeysetCursor(Instant at, String id) {

    /** Canonical UUIDs, the ids of most lists. */
    public static final Pattern UUIDS =
            Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    private static final char SEPARATOR = '|';

    public String encode() {
        String plain = at.toString() + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param ids what an id of this list looks like: only what {@link #encode()} can produce is accepted
     * @throws InvalidRequest naming {@code cursor} if the text is not a cursor this service issued
     */
    public static KeysetCursor decode(String text, Pattern ids) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int separator = plain.indexOf(SEPARATOR);
            if (separator < 0) {
                throw invalid();
            }
            String id = plain.substring(separator + 1);
            Instant at = Instant.parse(plain.substring(0, separator));
            if (!ids.matcher(id).matches()) {
                throw invalid();
            }
            at.toEpochMilli();
            return new KeysetCursor(at, id);
        } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
            throw invalid();
        }
    }

    private static InvalidRequest invalid() {
        return InvalidRequest.parameter("cursor",
                "is not a cursor from this API; use the 'next' value of the previous page unchanged");
    }
}
