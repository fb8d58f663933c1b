package org.carefeed.choice.review;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** The review summary of providers, for the other features' pages. */
@Service
public class ReviewSummaries {

    private final MongoTemplate mongo;

    ReviewSummaries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * @param averageRating rounded to two decimals; null when there are no reviews
     */
    public record ReviewSummary(long reviewCount, Double averageRating) {

        static final ReviewSummary NONE = new ReviewSummary(0, null);

        static ReviewSummary of(ProviderRating rating) {
            return rating.reviewCount() == 0 ? NONE
                    : new ReviewSummary(rating.reviewCount(), Math.round(rating.averageRating() * 100) / 100.0);
        }
    }

    /** Every given code, with a summary of no reviews for those that have none. */
    public Map<String, ReviewSummary> of(Collection<String> codes) {
        Map<String, ReviewSummary> found = mongo.find(query(where("_id").in(codes)), ProviderRating.class).stream()
                .collect(Collectors.toMap(ProviderRating::providerCode, ReviewSummary::of));
        return codes.stream().distinct().collect(Collectors.toMap(Function.identity(),
                code -> found.getOrDefault(code, ReviewSummary.NONE)));
    }
}
