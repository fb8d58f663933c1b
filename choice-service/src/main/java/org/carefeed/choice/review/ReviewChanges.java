package org.carefeed.choice.review;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.carefeed.choice.change.ChangeNotice;
import org.carefeed.choice.change.ChangeResolver;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Reviews in the change feed: a published one with its text and response, as the feeds show it; one
 * taken down as only its id and why, since every word of it is gone.
 */
@Component
class ReviewChanges implements ChangeResolver {

    private final MongoTemplate mongo;

    ReviewChanges(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String kind() {
        return ChangeNotice.REVIEW;
    }

    @Override
    public Map<String, State> states(Collection<String> ids) {
        return mongo.find(query(where("_id").in(ids)), Review.class).stream()
                .collect(Collectors.toMap(Review::id, ReviewChanges::stateOf, (a, b) -> a));
    }

    private static State stateOf(Review review) {
        return Review.PUBLISHED.equals(review.state()) && review.content() != null
                ? new State(Review.PUBLISHED, PublishedReviews.Item.of(review))
                : new State(review.state(), null);
    }
}
