package org.carefeed.choice.review;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

import org.carefeed.platform.web.InvalidRequest;

/**
 * Where a page of reviews ended: the last review's publication time and id, in newest-first order.
 * Opaque to clients (base64url), so its format can change without breaking them.
 */
record ReviewCursor(Instant publishedAt, String reviewId) {

    private static final char SEPARATOR = '|';

    static ReviewCursor after(Review last) {
        return new ReviewCursor(last.publishedAt(), last.id());
    }

    String encode() {
        String plain = publishedAt.toString() + SEPARATOR + reviewId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidRequest naming {@code cursor} if the text is not a cursor this service issued */
    private static InvalidRequest invalid() {
        return InvalidRequest.parameter("cursor",
                "is not a cursor from this API; use the 'next' value of the previous page unchanged");
    }

    static ReviewCursor decode(String text) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int separator = plain.indexOf(SEPARATOR);
            if (separator < 0) {
                throw invalid();
            }
            String reviewId = plain.substring(separator + 1);
            Instant publishedAt = Instant.parse(plain.substring(0, separator));
            // Only what encode() can produce: a canonical id, and a time MongoDB can store.
            if (!UUID.fromString(reviewId).toString().equals(reviewId)) {
                throw invalid();
            }
            publishedAt.toEpochMilli();
            return new ReviewCursor(publishedAt, reviewId);
        } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
            throw invalid();
        }
    }
}
