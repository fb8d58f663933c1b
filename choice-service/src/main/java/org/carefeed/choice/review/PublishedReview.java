package org.carefeed.choice.review;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A review that is public, as projected from its events; the review's id is the document id. */
@Document("published_reviews")
@CompoundIndex(name = "provider_newest_first", def = "{'providerCode': 1, 'publishedAt': -1, '_id': -1}")
record PublishedReview(
        @Id String id,
        String providerCode,
        int rating,
        String title,
        String text,
        Instant publishedAt) {
}
