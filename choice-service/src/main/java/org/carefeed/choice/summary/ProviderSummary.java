package org.carefeed.choice.summary;

import java.time.Instant;

import org.carefeed.choice.review.OutcomeCounts;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A provider's figures as last computed. Written whole each time from the projections, never counted
 * up, so a redelivered event cannot count twice.
 *
 * @param computedAt when the reading of the projections it was computed from began
 */
@Document(ProviderSummary.COLLECTION)
record ProviderSummary(@Id String providerCode, Instant computedAt, ReviewFigures reviews,
        ComplaintFigures complaints, OutcomeCounts reviewOutcomes) {

    static final String COLLECTION = "provider_summaries";
    static final String COMPUTED_AT = "computedAt";
}
