package org.carefeed.choice.review;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.bson.Document;
import org.carefeed.choice.opendata.DataVersions;
import org.carefeed.platform.web.KeysetCursor;
import org.springframework.beans.factory.ObjectProvider;
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
 * <p>A review is listed under its provider's code and under the keys {@link ListingKeys} beans add (every
 * review, its provider's type), each list the same way; a page may read several lists merged day by day.
 *
 * <p>Each change is applied from the review's stored state, not the event, so redelivered and reordered
 * events end the same. Days are UTC days: they only group the reviews; the order is by time and id.
 */
@Component
class ReviewListing {

    static final String DAYS = "review_listing_days";
    static final String PROVIDERS = "review_listings";

    /**
     * The list of every review ({@code *}, the feeds' list of all providers): its version moves with any
     * review's change, whether or not a {@link ListingKeys} lists reviews there, for what reads them all.
     */
    static final String EVERY_REVIEW = ListingKeys.ALL;

    private static final String ENTRIES = "entries";
    private static final String VERSION = "v";
    private static final String AT = "at";
    private static final String ID = "id";
    /** Two writers creating the same day's document at once: one loses and tries again; more is a fault. */
    private static final int INSERT_RACES = 5;

    private static final Comparator<Document> NEWEST_FIRST = Comparator
            .comparing((Document entry) -> entry.getDate(AT)).thenComparing(entry -> entry.getString(ID)).reversed();

    private final MongoTemplate mongo;
    private final ObjectProvider<ListingKeys> extraKeys;
    private final DataVersions versions;

    ReviewListing(MongoTemplate mongo, ObjectProvider<ListingKeys> extraKeys, DataVersions versions) {
        this.mongo = mongo;
        this.extraKeys = extraKeys;
        this.versions = versions;
    }

    /** A page of reviews and the number of the provider's published reviews. */
    record Page(List<Review> items, String next, long total) {
    }

    @EventListener
    void on(ReviewsChanged changed) {
        follow(changed.reviewId());
    }

    /**
     * Lists the review under its provider and the extra keys if it is published now, and takes it off
     * every list it was put on if it is not (or off those it no longer belongs on); then moves the
     * version of each of those lists, and of all reviews, so that their ETags change (see
     * {@link DataVersions}). Every delivery of a review's event comes here, a redelivery after a crash
     * included, so a version is always moved after the review's change has landed.
     */
    void follow(String reviewId) {
        Review review = mongo.findById(reviewId, Review.class);
        if (review == null || review.listedOn() == null) {
            return;
        }
        boolean published = Review.PUBLISHED.equals(review.state());
        Set<String> extra = published ? extraKeysOf(review.providerCode()) : Set.of();
        listOrUnlist(review, extra);
        Set<String> touched = new LinkedHashSet<>(List.of(review.providerCode(), EVERY_REVIEW));
        touched.addAll(review.listedUnder());
        touched.addAll(extra);
        versions.bump(touched.stream().map(DataVersions::reviews).toList());
    }

    /** @param extra the extra keys it belongs on, if it is published */
    private void listOrUnlist(Review review, Set<String> extra) {
        String reviewId = review.id();
        Set<String> before = new LinkedHashSet<>(review.listedUnder());
        if (Review.PUBLISHED.equals(review.state())) {
            Set<String> added = new LinkedHashSet<>(extra);
            added.removeAll(before);
            if (!added.isEmpty()) {
                // Recorded before listing, so that a take-down after a crash here still finds every list.
                mongo.updateFirst(query(where("_id").is(reviewId)),
                        new Update().addToSet(Review.LISTED_UNDER).each(added.toArray()), Review.class);
            }
            list(review.providerCode(), review);
            extra.forEach(key -> list(key, review));
            before.removeAll(extra);
            before.forEach(key -> unlist(key, review));
            if (!before.isEmpty()) {
                mongo.updateFirst(query(where("_id").is(reviewId)),
                        new Update().pullAll(Review.LISTED_UNDER, before.toArray()), Review.class);
            }
        } else {
            unlist(review.providerCode(), review);
            before.forEach(key -> unlist(key, review));
        }
    }

    private Set<String> extraKeysOf(String providerCode) {
        Set<String> keys = new LinkedHashSet<>(List.of(ListingKeys.ALL));
        extraKeys.orderedStream().forEach(source -> keys.addAll(source.of(providerCode)));
        keys.remove(providerCode);
        return keys;
    }

    private void list(String key, Review review) {
        Document day = add(key + "/" + review.listedOn(), review.id(), review.publishedAt());
        count(key, review.listedOn(), day);
    }

    private void unlist(String key, Review review) {
        Document day = mongo.findAndModify(query(where("_id").is(key + "/" + review.listedOn())),
                new Update().pull(ENTRIES, new Document(ID, review.id())).inc(VERSION, 1),
                FindAndModifyOptions.options().returnNew(true), Document.class, DAYS);
        if (day != null) {
            count(key, review.listedOn(), day);
        }
    }

    private Document add(String dayId, String reviewId, Instant publishedAt) {
        for (int attempt = 1; ; attempt++) {
            try {
                return mongo.findAndModify(query(where("_id").is(dayId).and(ENTRIES + "." + ID).ne(reviewId)),
                        new Update().push(ENTRIES, new Document(AT, publishedAt).append(ID, reviewId)).inc(VERSION, 1),
                        FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, DAYS);
            } catch (DuplicateKeyException listedOrRaced) {
                // Listed already (the day's count may still be behind if a crash came between the two
                // writes), or another review created the day's document first: then list it there.
                Document day = mongo.findById(dayId, Document.class, DAYS);
                if (day != null && day.getList(ENTRIES, Document.class, List.of()).stream()
                        .anyMatch(entry -> reviewId.equals(entry.getString(ID)))) {
                    return day;
                }
                if (attempt == INSERT_RACES) {
                    throw listedOrRaced;
                }
            }
        }
    }

    /** Copies the day's count to the list's document, unless a later version of it is there. */
    private void count(String key, String day, Document dayDocument) {
        long version = dayDocument.get(VERSION, Number.class).longValue();
        int count = dayDocument.getList(ENTRIES, Document.class, List.of()).size();
        String field = "days." + day;
        for (int attempt = 1; ; attempt++) {
            try {
                mongo.upsert(query(where("_id").is(key)).addCriteria(where(field + "." + VERSION).not().gte(version)),
                        new Update().set(field, new Document("n", count).append(VERSION, version)), PROVIDERS);
                return;
            } catch (DuplicateKeyException laterCountedOrRaced) {
                // Either the list's document has this day at this version or a later one, or another writer
                // created the document first: then count the day there.
                Document list = mongo.findById(key, Document.class, PROVIDERS);
                Document counted = list == null ? null : list.get("days", new Document()).get(day, Document.class);
                if (counted != null && counted.get(VERSION, Number.class).longValue() >= version) {
                    return;
                }
                if (attempt == INSERT_RACES) {
                    throw laterCountedOrRaced;
                }
            }
        }
    }

    /** The provider's published reviews after {@code after} (null for the first page), newest first. */
    Page page(String providerCode, KeysetCursor after, int limit) {
        return page(List.of(providerCode), after, limit);
    }

    /**
     * The published reviews of several lists merged, newest first, after {@code after} (null for the first
     * page). Reads each list's document, then day by day each list's document of that day, until the
     * page is full: the work grows with the number of lists and days on the page, never with the reviews
     * behind it.
     */
    Page page(List<String> keys, KeysetCursor after, int limit) {
        NavigableMap<String, List<String>> keysByDay = new TreeMap<>(Comparator.reverseOrder());
        long total = 0;
        for (String key : new LinkedHashSet<>(keys)) {
            Document list = mongo.findById(key, Document.class, PROVIDERS);
            if (list == null) {
                continue;
            }
            for (Map.Entry<String, Object> day : list.get("days", Document.class).entrySet()) {
                long n = ((Document) day.getValue()).get("n", Number.class).longValue();
                total += n;
                if (n > 0) {
                    keysByDay.computeIfAbsent(day.getKey(), d -> new ArrayList<>()).add(key);
                }
            }
        }
        if (after != null) {
            keysByDay = keysByDay.tailMap(LocalDate.ofInstant(after.at(), ZoneOffset.UTC).toString(), true);
        }
        // One more than asked tells whether there is a next page.
        List<Document> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, List<String>> day : keysByDay.entrySet()) {
            if (found.size() > limit) {
                break;
            }
            List<Document> ofDay = new ArrayList<>();
            for (String key : day.getValue()) {
                Document listed = mongo.findById(key + "/" + day.getKey(), Document.class, DAYS);
                if (listed != null) {
                    listed.getList(ENTRIES, Document.class, List.of()).stream()
                            .filter(entry -> after == null || isAfter(entry, after))
                            .filter(entry -> seen.add(entry.getString(ID)))
                            .forEach(ofDay::add);
                }
            }
            ofDay.sort(NEWEST_FIRST);
            found.addAll(ofDay);
        }
        List<String> ids = found.subList(0, Math.min(limit, found.size())).stream()
                .map(entry -> entry.getString(ID)).toList();
        // One query by id for the whole page; the embedded server answers it from the id index.
        Map<String, Review> byId = new HashMap<>();
        mongo.find(query(where("_id").in(ids)), Review.class).forEach(review -> byId.put(review.id(), review));
        List<Review> items = new ArrayList<>();
        for (String id : ids) {
            // A review taken down between its listing and this read is left out rather than shown.
            Optional.ofNullable(byId.get(id)).filter(review -> Review.PUBLISHED.equals(review.state()))
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
