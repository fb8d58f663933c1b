package org.carefeed.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A review stopped being public (withdrawn, removed, expired, erased, or held while a safeguarding
 * concern is looked into): a tombstone, a record with the
 * review's id as key and no value, on the reviews topic and on its dead-letter topic. Compaction then
 * erases every earlier record of the review, words and all, and later the tombstone itself. What little
 * a reader needs to take the review down in order travels as CloudEvents attributes in headers
 * ({@code ce_revision}, {@code ce_providerid}, {@code ce_reason}: extension attributes), never a word
 * of the review.
 *
 * @param revision one more than the review's last public state, so a stale copy of that state,
 *                 delivered late, cannot bring it back
 * @param reason   withdrawn, removed, expired, erased or held
 */
public record ReviewTakenDown(UUID eventId, Instant occurredAt, String providerId, UUID reviewId, int revision,
        String reason) implements ReviewEvent {

    public static final String TYPE = "org.carefeed.review.taken-down.v1";
    public static final String REVISION = "ce_revision";
    public static final String PROVIDER_ID = "ce_providerid";
    public static final String REASON = "ce_reason";

    public ReviewTakenDown {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(reason, "reason");
        ReviewEvent.requireRevision(revision);
    }

    public static ReviewTakenDown of(UUID reviewId, int revision, String providerId, String reason, Instant at) {
        return new ReviewTakenDown(UUID.randomUUID(), at, providerId, reviewId, revision, reason);
    }

    /** The tombstones: one for the reviews topic, one for its dead-letter topic, where a copy may have been parked. */
    public List<EncodedEvent> encode(String source) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.ID, eventId.toString());
        headers.put(CloudEventHeaders.SOURCE, source);
        headers.put(CloudEventHeaders.TYPE, TYPE);
        headers.put(CloudEventHeaders.TIME, occurredAt.toString());
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        headers.put(REVISION, String.valueOf(revision));
        headers.put(PROVIDER_ID, providerId);
        headers.put(REASON, reason);
        return List.of(new EncodedEvent(Topics.REVIEWS, reviewId.toString(), headers, null),
                new EncodedEvent(Topics.deadLetter(Topics.REVIEWS), reviewId.toString(), headers, null));
    }

    /**
     * Reads a tombstone of the reviews topic from its key and headers.
     *
     * @return empty when the key is not a review id (the compaction nudge's, say) or the headers are
     *         not a taken-down review's
     */
    public static Optional<ReviewTakenDown> read(String key, Map<String, String> headers) {
        if (key == null || !TYPE.equals(headers.get(CloudEventHeaders.TYPE))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ReviewTakenDown(UUID.fromString(headers.get(CloudEventHeaders.ID)),
                    Instant.parse(headers.get(CloudEventHeaders.TIME)), headers.get(PROVIDER_ID), UUID.fromString(key),
                    Integer.parseInt(headers.get(REVISION)), headers.get(REASON)));
        } catch (RuntimeException e) {
            throw new EventDecodingException("Tombstone of " + key + " has unreadable headers: " + e.getMessage(), e);
        }
    }
}
