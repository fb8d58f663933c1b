package org.carefeed.events;

/** Kafka topic names. Every topic is keyed by the provider's ODS code. */
public final class Topics {

    /** Reviews made public, and later changes to them: feedback-service to choice-service. */
    public static final String REVIEWS = "carefeed.reviews.v1";

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
