package org.carefeed.feedback.review;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.carefeed.platform.web.KeysetCursor;
import org.carefeed.platform.web.ListPage;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** A provider's reviews in every state, newest first, and how well it answers them: for its staff. */
@Service
public class ReviewsOfProvider {

    private static final Pattern IDS = Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    private final MongoTemplate mongo;

    ReviewsOfProvider(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @param status an API status name, or null for all */
    public ListPage<StaffReviewView> page(String providerCode, String status, String cursor, int limit) {
        Criteria filter = where("providerCode").is(providerCode);
        if (status != null) {
            filter = filter.and("status").is(ReviewStatus.fromApiName(status).orElseThrow());
        }
        long total = mongo.count(Query.query(filter), Review.class);
        if (cursor != null) {
            KeysetCursor after = KeysetCursor.decode(cursor, IDS);
            filter = new Criteria().andOperator(filter, new Criteria().orOperator(
                    where("submittedAt").lt(after.at()),
                    where("submittedAt").is(after.at()).and("_id").lt(after.id())));
        }
        List<Review> found = new ArrayList<>(mongo.find(Query.query(filter)
                .with(Sort.by(Sort.Direction.DESC, "submittedAt", "_id")).limit(limit + 1), Review.class));
        String next = null;
        if (found.size() > limit) {
            found = found.subList(0, limit);
            Review last = found.get(limit - 1);
            next = new KeysetCursor(last.submittedAt(), last.id()).encode();
        }
        return new ListPage<>(found.stream().map(StaffReviewView::of).toList(), next, total);
    }

    /**
     * How the provider answers its published reviews: the share answered, and the median time from
     * publication to the first version of the response.
     */
    public ResponseStats responseStats(String providerCode) {
        List<Review> published = mongo.find(Query.query(where("providerCode").is(providerCode)
                .and("status").is(ReviewStatus.PUBLISHED)), Review.class);
        List<Duration> times = published.stream()
                .filter(review -> review.response() != null)
                .map(review -> Duration.between(review.publishedAt(), review.response().firstPublishedAt()))
                .sorted()
                .toList();
        return ResponseStats.of(published.size(), times);
    }

    /**
     * @param responseRate        answered / published, null when nothing is published
     * @param medianResponseHours null when nothing is answered
     */
    public record ResponseStats(int publishedReviews, int answered, Double responseRate, Double medianResponseHours) {

        static ResponseStats of(int published, List<Duration> sortedTimes) {
            Double median = null;
            if (!sortedTimes.isEmpty()) {
                int middle = sortedTimes.size() / 2;
                long millis = sortedTimes.size() % 2 == 1 ? sortedTimes.get(middle).toMillis()
                        : (sortedTimes.get(middle - 1).toMillis() + sortedTimes.get(middle).toMillis()) / 2;
                median = Math.round(millis / 36_000.0) / 100.0;
            }
            return new ResponseStats(published, sortedTimes.size(),
                    published == 0 ? null : Math.round(1000.0 * sortedTimes.size() / published) / 1000.0, median);
        }
    }
}
