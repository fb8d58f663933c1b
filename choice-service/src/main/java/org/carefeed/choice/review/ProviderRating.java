package org.carefeed.choice.review;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A provider's star rating over its published reviews. Always recomputed from those reviews, never
 * incremented, so a redelivered event cannot count twice.
 */
@Document("provider_ratings")
record ProviderRating(@Id String providerCode, long reviewCount, double averageRating) {
}
