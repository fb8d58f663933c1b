package org.carefeed.choice.review;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page of reviews ended: the last review's publication time and id, in newest-first order.
 * Opaque to clients (base64url), so its format can change without breaking them.
 */
record ReviewCursor(Instant publishedAt, String reviewId) {

    private static final char SEPARATOR = '|';

    static ReviewCursor after(PublishedReview last) {
        return new ReviewCursor(last.publishedAt(), last.id());
    }

    String encode() {
        String plain = publishedAt.toString() + SEPARATOR + reviewId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidCursorException if the text is not a cursor this service issued */
    static ReviewCursor decode(String text) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int separator = plain.indexOf(SEPARATOR);
            if (separator < 0) {
                throw new InvalidCursorException();
            }
            String reviewId = plain.substring(separator + 1);
            UUID.fromString(reviewId);
            return new ReviewCursor(Instant.parse(plain.substring(0, separator)), reviewId);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidCursorException();
        }
    }
}
