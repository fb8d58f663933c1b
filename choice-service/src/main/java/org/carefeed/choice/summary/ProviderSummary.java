package org.carefeed.choice.summary;

import java.time.Instant;

import org.carefeed.choice.review.OutcomeCounts;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A provider's figures as last computed from its counters, whole each time.
 *
 * @param computedAt      when they were computed; the windows end on that day
 * @param countersVersion the version of the counters they were computed from
 */
@Document(ProviderSummary.COLLECTION)
record ProviderSummary(@Id String providerCode, Instant computedAt, Long countersVersion, ReviewFigures reviews,
        ComplaintFigures complaints, OutcomeCounts reviewOutcomes) {

    static final String COLLECTION = "provider_summaries";
    static final String COMPUTED_AT = "computedAt";
    static final String COUNTERS_VERSION = "countersVersion";
}
