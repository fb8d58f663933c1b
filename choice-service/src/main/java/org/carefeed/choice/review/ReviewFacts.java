package org.carefeed.choice.review;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** What other features may know of a provider's published reviews: the facts figures are made from. */
@Service
public class ReviewFacts {

    private final MongoTemplate mongo;

    ReviewFacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * One published review, without its words.
     *
     * @param publishedAt when it first became public
     * @param respondedAt when the provider's response first became public; null without one
     */
    public record RatedReview(int rating, Instant publishedAt, Instant respondedAt) {
    }

    /** The provider's published reviews first published at or after {@code from}. */
    public List<RatedReview> publishedSince(String providerCode, Instant from) {
        Query query = Query.query(where(Review.PROVIDER_CODE).is(providerCode).and(Review.STATE).is(Review.PUBLISHED)
                .and(Review.PUBLISHED_AT).gte(from));
        query.fields().include(Review.PUBLISHED_AT, Review.CONTENT + ".rating",
                Review.RESPONSE + ".firstPublishedAt");
        return mongo.find(query, Review.class).stream()
                .map(review -> new RatedReview(review.content().rating(), review.publishedAt(),
                        review.response() == null ? null : review.response().firstPublishedAt()))
                .toList();
    }

    /** How many of the provider's reviews came to each outcome, since records began. */
    public OutcomeCounts outcomes(String providerCode) {
        Query query = Query.query(where(Review.PROVIDER_CODE).is(providerCode));
        query.fields().include("outcome", "reason");
        return OutcomeCounts.of(mongo.find(query, Outcome.class));
    }

    /** Every provider that has, or had, a review here, or an outcome of one. */
    public Set<String> providerCodes() {
        Set<String> codes = new TreeSet<>(mongo.findDistinct(new Query(), Review.PROVIDER_CODE, Review.class, String.class));
        codes.addAll(mongo.findDistinct(new Query(), Review.PROVIDER_CODE, Outcome.class, String.class));
        return codes;
    }
}
