package org.carefeed.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A step in a review's life that the open statistics count: received, published, rejected, withdrawn,
 * removed, expired or erased. Never carries a word of the review, so these events can be kept for good
 * on a topic that is never compacted, and the counts outlive the erasure of the reviews they count.
 * A review has at most one event of each outcome: readers count distinct review ids.
 *
 * @param outcome one of {@link #OUTCOMES}
 * @param reason  the moderation reason code of a rejection or removal, such as {@code abusive}; null otherwise
 */
public record ReviewOutcome(UUID eventId, Instant occurredAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String providerCode, String providerId, int schemaVersion,
        UUID reviewId, String outcome, @JsonInclude(JsonInclude.Include.NON_NULL) String reason)
        implements CarefeedEvent {

    public static final int SCHEMA_VERSION = 1;

    public static final String RECEIVED = "received";
    public static final String PUBLISHED = "published";
    public static final String REJECTED = "rejected";
    public static final String WITHDRAWN = "withdrawn";
    public static final String REMOVED = "removed";
    public static final String EXPIRED = "expired";
    public static final String ERASED = "erased";
    public static final Set<String> OUTCOMES = Set.of(RECEIVED, PUBLISHED, REJECTED, WITHDRAWN, REMOVED, EXPIRED,
            ERASED);

    public ReviewOutcome {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        providerId = ProviderIds.orCode(providerId, providerCode);
        providerCode = ProviderIds.odsCodeOf(providerId);
        Objects.requireNonNull(reviewId, "reviewId");
        if (!OUTCOMES.contains(outcome)) {
            throw new IllegalArgumentException("outcome must be one of " + OUTCOMES + ", was " + outcome);
        }
    }

    public static ReviewOutcome of(UUID reviewId, String providerId, String outcome, String reason, Instant at) {
        return new ReviewOutcome(UUID.randomUUID(), at, null, providerId, SCHEMA_VERSION, reviewId, outcome, reason);
    }
}
