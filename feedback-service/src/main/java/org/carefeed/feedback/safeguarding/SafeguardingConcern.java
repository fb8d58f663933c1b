package org.carefeed.feedback.safeguarding;

import java.time.Instant;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Someone's worry that a patient, or someone else, may be at risk, raised on a review or complaint by a
 * moderator or a member of the provider's staff. While it is open the review is held from publication,
 * and the provider's designated safeguarding contacts and the moderators see it listed.
 *
 * @param raisedBy   {@code moderator:<account id>} or {@code staff:<account id>}
 * @param resolvedBy who closed it, with {@code resolution} saying what was done; null while open
 */
public record SafeguardingConcern(Instant raisedAt, String raisedBy, String note, Instant resolvedAt,
        String resolvedBy, String resolution) {

    /** The field a review or complaint keeps its latest concern in. */
    public static final String FIELD = "safeguarding";

    /**
     * Documents whose latest concern is open, of one provider or of all when null, longest open first:
     * the same query for reviews and complaints.
     */
    public static Query openConcerns(String providerCode) {
        // "Has a concern" is what lets MongoDB use the partial indexes (concerns, concerns_of_provider)
        // that hold only documents with one.
        Criteria open = Criteria.where(FIELD).exists(true).and(FIELD + ".resolvedAt").exists(false);
        if (providerCode != null) {
            open = open.and("providerCode").is(providerCode);
        }
        return Query.query(open).with(Sort.by(FIELD + ".raisedAt"));
    }

    public static SafeguardingConcern raised(String by, String note, Instant at) {
        return new SafeguardingConcern(at, by, note, null, null, null);
    }

    public boolean open() {
        return resolvedAt == null;
    }

    /** Who raised and closed it, and when, without what they wrote: for words that were erased. */
    public SafeguardingConcern withoutNotes() {
        return new SafeguardingConcern(raisedAt, raisedBy, note == null ? null : "(note erased)", resolvedAt, resolvedBy,
                resolution == null ? null : "(note erased)");
    }

    public SafeguardingConcern resolved(String by, String resolution, Instant at) {
        return new SafeguardingConcern(raisedAt, raisedBy, note, at, by, resolution);
    }
}
