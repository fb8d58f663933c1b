package org.carefeed.events;

/**
 * Kafka topic names. Each topic is keyed by the thing whose events must stay in order: the directory
 * and complaints by the provider's public identifier, reviews by the review's id, so that erasing a
 * review (a tombstone on its key) reaches every record of it.
 */
public final class Topics {

    /**
     * The public state of every public review, compacted and keyed by review id: feedback-service to
     * choice-service. Replaces {@code carefeed.reviews.v1}, which was keyed by provider, so compaction
     * could never erase a review from it (see the README for moving a deployment over).
     */
    public static final String REVIEWS = "carefeed.reviews.v2";

    /**
     * What happened to each review, without a word of it (received, published, rejected, withdrawn,
     * removed, expired, erased), kept for good and never compacted: the counts outlive the reviews.
     */
    public static final String REVIEW_OUTCOMES = "carefeed.review-outcomes.v1";

    /**
     * The provider directory, compacted, so the latest event per provider is kept for good:
     * choice-service to feedback-service (and anyone who wants the directory).
     */
    public static final String PROVIDERS = "carefeed.providers.v1";

    /** Complaint lifecycle, never with free text or contact details: feedback-service to choice-service. */
    public static final String COMPLAINTS = "carefeed.complaints.v1";

    /**
     * Accounts' access (roles, enabled, password stamp; never who they are), compacted and keyed by
     * account id: feedback-service to choice-service, which checks the tokens accounts sign in with.
     */
    public static final String ACCOUNTS = "carefeed.accounts.v1";

    private static final String DEAD_LETTER_SUFFIX = ".DLT";

    private Topics() {
    }

    /** Where a consumer parks records of {@code topic} that it could not process after retries. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
