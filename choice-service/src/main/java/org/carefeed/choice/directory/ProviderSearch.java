package org.carefeed.choice.directory;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.carefeed.events.Coordinates;
import org.carefeed.platform.web.InvalidRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Finds open providers by name, type and distance, a page at a time. Without a place, pages come
 * straight from the database by keyset on (name, code), so inserts between pages neither repeat nor
 * skip anything. With a place, the providers in the bounding box are ranked here, and a search whose
 * box holds more than {@link #MAX_NEARBY} of them is refused: narrower, it stays cheap for everyone.
 */
@Component
class ProviderSearch {

    static final String BY_NAME = "name";
    static final String BY_DISTANCE = "distance";
    static final int MAX_NEARBY = 5000;

    private final MongoTemplate mongo;

    ProviderSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * @param near     centre of a distance search, or null
     * @param radiusKm radius around {@code near}
     */
    record Request(String q, String type, Coordinates near, double radiusKm, String sort, SearchCursor cursor, int limit) {
    }

    record Found(Provider provider, Double distanceKm) {
    }

    record Page(List<Found> found, SearchCursor next, long total) {
    }

    Page search(Request request) {
        return request.near() == null ? byName(request) : nearby(request);
    }

    private Criteria filter(Request request) {
        Criteria filter = where("status").is(Provider.OPEN);
        if (request.q() != null) {
            filter = filter.and("nameKey").regex(escapeRegex(Names.fold(request.q())));
        }
        if (request.type() != null) {
            filter = filter.and("entry.type").is(request.type());
        }
        return filter;
    }

    private Page byName(Request request) {
        Criteria filter = filter(request);
        long total = mongo.count(Query.query(filter), Provider.class);
        if (request.cursor() != null) {
            String key = request.cursor().key();
            filter = new Criteria().andOperator(filter, new Criteria().orOperator(
                            where("nameKey").gt(key), where("nameKey").is(key).and("_id").gt(request.cursor().code())));
        }
        Query query = Query.query(filter).with(Sort.by("nameKey", "_id")).limit(request.limit() + 1);
        query.fields().exclude("outbox");
        List<Found> found = mongo.find(query, Provider.class).stream().map(p -> new Found(p, null)).toList();
        return page(found, request, total, f -> f.provider().nameKey());
    }

    private Page nearby(Request request) {
        Coordinates centre = request.near();
        double[] box = Distances.boxDegrees(centre, request.radiusKm());
        Query query = Query.query(filter(request)
                .and("entry.location.latitude").gte(centre.latitude() - box[0]).lte(centre.latitude() + box[0])
                .and("entry.location.longitude").gte(centre.longitude() - box[1]).lte(centre.longitude() + box[1]));
        query.fields().exclude("outbox");
        if (mongo.count(query, Provider.class) > MAX_NEARBY) {
            throw InvalidRequest.parameter("radiusKm", "finds more than " + MAX_NEARBY
                    + " providers; search a smaller distance, or add q or type");
        }
        List<Found> inRadius = new ArrayList<>();
        for (Provider provider : mongo.find(query, Provider.class)) {
            double km = Distances.km(centre, provider.entry().location());
            if (km <= request.radiusKm()) {
                inRadius.add(new Found(provider, Math.round(km * 100) / 100.0));
            }
        }
        boolean byDistance = BY_DISTANCE.equals(request.sort());
        Comparator<Found> order = byDistance
                ? Comparator.comparing(Found::distanceKm).thenComparing(f -> f.provider().code())
                : Comparator.comparing((Found f) -> f.provider().nameKey()).thenComparing(f -> f.provider().code());
        inRadius.sort(order);
        List<Found> after = inRadius;
        if (request.cursor() != null) {
            SearchCursor cursor = request.cursor();
            after = inRadius.stream().filter(f -> {
                int byKey = byDistance ? Double.compare(f.distanceKm(), Double.parseDouble(cursor.key()))
                        : f.provider().nameKey().compareTo(cursor.key());
                return byKey > 0 || (byKey == 0 && f.provider().code().compareTo(cursor.code()) > 0);
            }).toList();
        }
        List<Found> window = after.subList(0, Math.min(after.size(), request.limit() + 1));
        return page(window, request, inRadius.size(),
                f -> byDistance ? String.valueOf(f.distanceKm()) : f.provider().nameKey());
    }

    private static Page page(List<Found> found, Request request, long total, Function<Found, String> key) {
        if (found.size() <= request.limit()) {
            return new Page(found, null, total);
        }
        List<Found> page = found.subList(0, request.limit());
        Found last = page.get(page.size() - 1);
        return new Page(page, new SearchCursor(request.sort(), key.apply(last), last.provider().code()), total);
    }

    /** The coordinates of a directory postcode, to search around it. */
    Optional<Coordinates> locate(String postcode) {
        Query query = Query.query(where("entry.address.postcode").is(postcode.toUpperCase().strip().replaceAll("\\s+", " "))
                .and("entry.location").ne(null));
        query.fields().include("entry.location");
        return Optional.ofNullable(mongo.findOne(query, Provider.class)).map(p -> p.entry().location());
    }

    private static String escapeRegex(String text) {
        return text.replaceAll("[\\\\.^$|?*+()\\[\\]{}]", "\\\\$0");
    }
}
