package org.carefeed.choice.directory;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.carefeed.choice.hours.ClockKeys;
import org.carefeed.choice.hours.OpeningHours;
import org.carefeed.events.Coordinates;
import org.carefeed.platform.web.InvalidRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Finds open providers by name, type, service, opening time and distance, a page at a time, in name,
 * distance or rating order. Without a place, pages come straight from the database by keyset, on (name,
 * code) or on (fair score, name, code), so inserts between pages neither repeat nor skip anything, and a
 * page reads its own providers and one more, whatever the filters: "open at" too, through the blocks of
 * the clock each provider is open in ({@link ClockKeys}). With a place, the providers in the bounding box
 * are ranked here, and a search whose box holds more than {@link #MAX_NEARBY} of them is refused:
 * narrower, it stays cheap for everyone.
 */
@Component
class ProviderSearch {

    static final String BY_NAME = "name";
    static final String BY_DISTANCE = "distance";
    /** Highest fair score first; providers without one last; then by name. */
    static final String BY_RATING = "rating";
    /**
     * The most providers a search near a place reads: those in the box around it are measured and ranked
     * here, as the embedded MongoDB of the local stack has no geospatial queries.
     */
    static final int MAX_NEARBY = 5000;
    /**
     * A search with a free filter (q, service, open at) counts its matches up to this many and says when
     * there are more: counting them all would read them all, on every page.
     */
    static final int COUNTED_UP_TO = 1000;

    private static final Comparator<Found> NAME_ORDER =
            Comparator.comparing((Found f) -> f.provider().nameKey()).thenComparing(f -> f.provider().code());
    private static final Comparator<Found> DISTANCE_ORDER =
            Comparator.comparing(Found::distanceKm).thenComparing(f -> f.provider().code());
    private static final Comparator<Found> RATING_ORDER = Comparator
            .comparing((Found f) -> f.provider().fairScore(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(NAME_ORDER);

    private final MongoTemplate mongo;

    ProviderSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * @param service  part of the name of a service the provider must offer, or null
     * @param openAt   an instant the provider must be open at, or null
     * @param near     centre of a distance search, or null
     * @param radiusKm radius around {@code near}
     */
    record Request(String q, String type, String service, Instant openAt, Coordinates near, double radiusKm,
            String sort, SearchCursor cursor, int limit) {

        /** Filters no index narrows to a range: their matches can only be counted by reading them. */
        boolean hasFreeFilter() {
            return q != null || service != null || openAt != null;
        }
    }

    record Found(Provider provider, Double distanceKm) {
    }

    /** How many match: exactly, or ({@code lowerBound}) more than {@code count}. */
    record Total(long count, boolean lowerBound) {

        static Total exactly(long count) {
            return new Total(count, false);
        }
    }

    record Page(List<Found> found, SearchCursor next, Total total) {
    }

    Page search(Request request) {
        return request.near() == null ? inDirectory(request) : nearby(request);
    }

    private Criteria filter(Request request) {
        Criteria filter = where("status").is(Provider.OPEN);
        if (request.q() != null) {
            // Any of its names: a GP surgery is found by the practice's name and by its doctors'.
            filter = filter.and("nameKeys").regex(escapeRegex(Names.fold(request.q())));
        }
        if (request.service() != null) {
            filter = filter.and("details.services").regex(escapeRegex(request.service()), "i");
        }
        if (request.type() != null) {
            filter = filter.and("entry.type").is(request.type());
        }
        return filter;
    }

    /**
     * The request's filters, from {@code after} on if given. Open at a time, they are two ways of being
     * open, each served by one index: a block of the usual week on a date with its usual hours, or a
     * block of that date's own hours.
     */
    private Criteria matching(Request request, Criteria after) {
        if (request.openAt() == null) {
            return from(filter(request), after);
        }
        ClockKeys.Probe probe = ClockKeys.at(LocalDateTime.ofInstant(request.openAt(), OpeningHours.UK));
        return new Criteria().orOperator(
                from(filter(request).and(Provider.CLOCK_KEYS).in(probe.usualWeek()).ne(probe.date()), after),
                from(filter(request).and(Provider.CLOCK_KEYS).in(probe.onDate()), after));
    }

    private static Criteria from(Criteria filter, Criteria after) {
        return after == null ? filter : new Criteria().andOperator(filter, after);
    }

    private static Sort order(boolean byRating) {
        return byRating
                ? Sort.by(Sort.Order.desc(Provider.FAIR_SCORE), Sort.Order.asc("nameKey"), Sort.Order.asc("_id"))
                : Sort.by("nameKey", "_id");
    }

    private Page inDirectory(Request request) {
        boolean byRating = BY_RATING.equals(request.sort());
        Criteria after = request.cursor() == null ? null
                : byRating ? afterByRating(request.cursor()) : afterByName(request.cursor());
        Query query = Query.query(matching(request, after)).with(order(byRating)).limit(request.limit() + 1);
        query.fields().exclude("outbox").exclude("records");
        List<Found> found = mongo.find(query, Provider.class).stream().map(p -> new Found(p, null)).toList();
        return page(found, request, total(request), f -> f.provider().nameKey());
    }

    /**
     * Exact where an index counts it (status and type alone); with a free filter, up to {@link
     * #COUNTED_UP_TO} and one more, to know whether there are more.
     */
    private Total total(Request request) {
        Query matching = Query.query(matching(request, null));
        if (!request.hasFreeFilter()) {
            return Total.exactly(mongo.count(matching, Provider.class));
        }
        long counted = mongo.count(matching.limit(COUNTED_UP_TO + 1), Provider.class);
        return counted > COUNTED_UP_TO ? new Total(COUNTED_UP_TO, true) : Total.exactly(counted);
    }

    private static Criteria afterByName(SearchCursor cursor) {
        return new Criteria().orOperator(where("nameKey").gt(cursor.key()),
                where("nameKey").is(cursor.key()).and("_id").gt(cursor.code()));
    }

    /** Later in rating order: a lower score, the same score later by name, or no score at all. */
    private static Criteria afterByRating(SearchCursor cursor) {
        if (cursor.score() == null) {
            return new Criteria().andOperator(where(Provider.FAIR_SCORE).is(null), afterByName(cursor));
        }
        return new Criteria().orOperator(
                where(Provider.FAIR_SCORE).lt(cursor.score()),
                new Criteria().andOperator(where(Provider.FAIR_SCORE).is(cursor.score()), afterByName(cursor)),
                where(Provider.FAIR_SCORE).is(null));
    }

    private Page nearby(Request request) {
        Coordinates centre = request.near();
        double[] box = Distances.boxDegrees(centre, request.radiusKm());
        Query query = Query.query(filter(request)
                .and("entry.location.latitude").gte(centre.latitude() - box[0]).lte(centre.latitude() + box[0])
                .and("entry.location.longitude").gte(centre.longitude() - box[1]).lte(centre.longitude() + box[1]));
        query.fields().exclude("outbox").exclude("records");
        if (mongo.count(query, Provider.class) > MAX_NEARBY) {
            throw InvalidRequest.parameter("radiusKm", "takes in more than " + MAX_NEARBY
                    + " providers, too many to measure; search a smaller distance, or add type, q or service");
        }
        List<Found> inRadius = new ArrayList<>();
        for (Provider provider : mongo.find(query, Provider.class)) {
            double km = Distances.km(centre, provider.entry().location());
            if (km <= request.radiusKm() && openAsAsked(provider, request.openAt())) {
                inRadius.add(new Found(provider, Math.round(km * 100) / 100.0));
            }
        }
        boolean byDistance = BY_DISTANCE.equals(request.sort());
        Comparator<Found> order = switch (request.sort()) {
            case BY_DISTANCE -> DISTANCE_ORDER;
            case BY_RATING -> RATING_ORDER;
            default -> NAME_ORDER;
        };
        inRadius.sort(order);
        List<Found> after = inRadius;
        if (request.cursor() != null) {
            Found last = atCursor(request.cursor());
            after = inRadius.stream().filter(f -> order.compare(f, last) > 0).toList();
        }
        List<Found> window = after.subList(0, Math.min(after.size(), request.limit() + 1));
        return page(window, request, Total.exactly(inRadius.size()),
                f -> byDistance ? String.valueOf(f.distanceKm()) : f.provider().nameKey());
    }

    /**
     * Open at the instant asked, if one was: a provider without published hours is not known to be open.
     * The same answer as its clock keys give (see {@link ClockKeys}).
     */
    private static boolean openAsAsked(Provider provider, Instant openAt) {
        return openAt == null || OpeningHours.of(provider.details().openingTimes()).isOpenAt(openAt);
    }

    /** Where the cursor points, as a stand-in result with only the fields the orders compare. */
    private static Found atCursor(SearchCursor cursor) {
        boolean byDistance = BY_DISTANCE.equals(cursor.sort());
        Provider stub = new Provider(cursor.code(), null, null, null, null, byDistance ? null : cursor.key(), null,
                null, null, null, null, null, null, cursor.score(), null);
        return new Found(stub, byDistance ? Double.parseDouble(cursor.key()) : null);
    }

    private static Page page(List<Found> found, Request request, Total total, Function<Found, String> key) {
        if (found.size() <= request.limit()) {
            return new Page(found, null, total);
        }
        List<Found> page = found.subList(0, request.limit());
        Found last = page.get(page.size() - 1);
        return new Page(page, new SearchCursor(request.sort(), key.apply(last), last.provider().code(),
                last.provider().fairScore()), total);
    }

    private static String escapeRegex(String text) {
        return text.replaceAll("[\\\\.^$|?*+()\\[\\]{}]", "\\\\$0");
    }
}
