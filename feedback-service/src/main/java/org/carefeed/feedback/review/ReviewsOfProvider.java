package org.carefeed.feedback.review;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.util.List;

import org.carefeed.platform.mongo.NewestFirst;
import org.carefeed.platform.web.KeysetCursor;
import org.carefeed.platform.web.ListPage;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** A provider's reviews in every state, newest first, and how well it answers them: for its staff. */
@Service
public class ReviewsOfProvider {

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
        NewestFirst.Page<Review> page = NewestFirst.page(mongo, Review.class, filter, "submittedAt",
                cursor == null ? null : KeysetCursor.decode(cursor, KeysetCursor.UUIDS), limit,
                review -> new KeysetCursor(review.submittedAt(), review.id()));
        return new ListPage<>(page.items().stream().map(StaffReviewView::of).toList(), page.next(), total);
    }

    /**
     * How the provider answers its published reviews: the share answered, and the median time from
     * publication to the first version of the response.
     */
    public ResponseStats responseStats(String providerCode) {
        Query publishedReviews = Query.query(where("providerCode").is(providerCode)
                .and("status").is(ReviewStatus.PUBLISHED));
        // Only the two times are needed; not the texts, reports and trails.
        publishedReviews.fields().include("publishedAt", "response.firstPublishedAt");
        List<Review> published = mongo.find(publishedReviews, Review.class);
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
