package org.carefeed.choice.review;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.carefeed.platform.web.KeysetCursor;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A read model of each provider's published reviews, newest first, that is read only by document id:
 * the embedded MongoDB serves nothing else from an index, so a page read any other way would cost the
 * whole collection. One document a provider and day lists the reviews published that day
 * ({@code review_listing_days}); one document a provider ({@code review_listings}) says how many each
 * day has. A page reads the provider's document, the days it needs from the cursor on, and its reviews
 * by id: the same work whether the provider has ten reviews or a hundred thousand.
 *
 * <p>Each change is applied from the review's stored state, not the event, so redelivered and reordered
 * events end the same. Days are UTC days: they only group the reviews; the order is by time and id.
 */
@Component
class ReviewListing {

    static final String DAYS = "review_listing_days";
    static final String PROVIDERS = "review_listings";

    private static final String ENTRIES = "entries";
    private static final String VERSION = "v";
    private static final String AT = "at";
    private static final String ID = "id";

    private static final Comparator<Document> NEWEST_FIRST = Comparator
            .comparing((Document entry) -> entry.getDate(AT)).thenComparing(entry -> entry.getString(ID)).reversed();

    private final MongoTemplate mongo;

    ReviewListing(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A page of reviews and the number of the provider's published reviews. */
    record Page(List<Review> items, String next, long total) {
    }

    @EventListener
    void on(ReviewsChanged changed) {
        follow(changed.reviewId());
    }

    /** Lists the review if it is published now, and takes it off its day's list if it is not. */
    void follow(String reviewId) {
        Review review = mongo.findById(reviewId, Review.class);
        if (review == null || review.listedOn() == null) {
            return;
        }
        String dayId = review.providerCode() + "/" + review.listedOn();
        Document day;
        if (Review.PUBLISHED.equals(review.state())) {
            day = add(dayId, reviewId, review.publishedAt());
        } else {
            day = mongo.findAndModify(query(where("_id").is(dayId)),
                    new Update().pull(ENTRIES, new Document(ID, reviewId)).inc(VERSION, 1),
                    FindAndModifyOptions.options().returnNew(true), Document.class, DAYS);
        }
        if (day != null) {
            count(review.providerCode(), review.listedOn(), day);
        }
    }

    private Document add(String dayId, String reviewId, Instant publishedAt) {
        try {
            return mongo.findAndModify(query(where("_id").is(dayId).and(ENTRIES + "." + ID).ne(reviewId)),
                    new Update().push(ENTRIES, new Document(AT, publishedAt).append(ID, reviewId)).inc(VERSION, 1),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, DAYS);
        } catch (DuplicateKeyException listedBefore) {
            // Listed already; the day's count may still be behind if a crash came between the two writes.
            return mongo.findById(dayId, Document.class, DAYS);
        }
    }

    /** Copies the day's count to the provider's document, unless a later version of it is there. */
    private void count(String providerCode, String day, Document dayDocument) {
        long version = dayDocument.get(VERSION, Number.class).longValue();
        int count = dayDocument.getList(ENTRIES, Document.class, List.of()).size();
        String field = "days." + day;
        try {
            mongo.upsert(query(where("_id").is(providerCode)).addCriteria(where(field + "." + VERSION).not().gte(version)),
                    new Update().set(field, new Document("n", count).append(VERSION, version)), PROVIDERS);
        } catch (DuplicateKeyException laterCounted) {
            // The provider's document has this day at this version or a later one.
        }
    }

    /** The provider's published reviews after {@code after} (null for the first page), newest first. */
    Page page(String providerCode, KeysetCursor after, int limit) {
        Document provider = mongo.findById(providerCode, Document.class, PROVIDERS);
        if (provider == null) {
            return new Page(List.of(), null, 0);
        }
        List<String> days = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, Object> day : provider.get("days", Document.class).entrySet()) {
            long n = ((Document) day.getValue()).get("n", Number.class).longValue();
            total += n;
            if (n > 0) {
                days.add(day.getKey());
            }
        }
        days.sort(Comparator.reverseOrder());
        String firstDay = after == null ? null : LocalDate.ofInstant(after.at(), ZoneOffset.UTC).toString();
        // One more than asked tells whether there is a next page.
        List<Document> found = new ArrayList<>();
        for (String day : days) {
            if (found.size() > limit) {
                break;
            }
            if (firstDay != null && day.compareTo(firstDay) > 0) {
                continue;
            }
            Document listed = mongo.findById(providerCode + "/" + day, Document.class, DAYS);
            if (listed != null) {
                listed.getList(ENTRIES, Document.class, List.of()).stream()
                        .filter(entry -> after == null || isAfter(entry, after))
                        .sorted(NEWEST_FIRST)
                        .forEach(found::add);
            }
        }
        List<Review> items = new ArrayList<>();
        for (Document entry : found.subList(0, Math.min(limit, found.size()))) {
            // A review taken down between its listing and this read is left out rather than shown.
            Optional.ofNullable(mongo.findById(entry.getString(ID), Review.class))
                    .filter(review -> Review.PUBLISHED.equals(review.state()))
                    .ifPresent(items::add);
        }
        String next = found.size() > limit ? keyOf(found.get(limit - 1)).encode() : null;
        return new Page(items, next, total);
    }

    private static boolean isAfter(Document entry, KeysetCursor cursor) {
        Instant at = entry.getDate(AT).toInstant();
        return at.isBefore(cursor.at()) || at.equals(cursor.at()) && entry.getString(ID).compareTo(cursor.id()) < 0;
    }

    private static KeysetCursor keyOf(Document entry) {
        return new KeysetCursor(entry.getDate(AT).toInstant(), entry.getString(ID));
    }
}
