package org.carefeed.choice.directory;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.bson.Document;
import org.carefeed.choice.imports.AfterImports;
import org.carefeed.events.Coordinates;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Where a postcode is, as far as the directory can tell without a postcode database: the position of
 * the providers at that postcode, or else the centre of the geocoded providers in its sector
 * ({@code SW1A 1}), or else in its district ({@code SW1A}). Kept as one document per postcode, sector
 * and district, looked up by id, and recomputed from the directory once the imports that changed it
 * have all run.
 */
@Component
class PostcodeCentres implements AfterImports {

    static final String COLLECTION = "postcode_centres";

    /** How exactly a place was found. */
    enum Precision { POSTCODE, SECTOR, DISTRICT;

        String apiName() {
            return name().toLowerCase();
        }
    }

    /** A postcode's place and how exact it is. */
    record Place(Coordinates centre, Precision precision) {
    }

    private final MongoTemplate mongo;
    /** Set when an import changed where providers are or whether they are open. */
    private final AtomicBoolean stale = new AtomicBoolean();

    PostcodeCentres(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The most exact place known for the postcode; empty when even its district has no provider. */
    Optional<Place> locate(UkPostcode postcode) {
        if (postcode.isFull()) {
            Optional<Place> exact = find("postcode:" + postcode.unit(), Precision.POSTCODE)
                    .or(() -> find("sector:" + postcode.sector(), Precision.SECTOR));
            if (exact.isPresent()) {
                return exact;
            }
        }
        return find("district:" + postcode.district(), Precision.DISTRICT);
    }

    private Optional<Place> find(String id, Precision precision) {
        Document centre = mongo.findById(id, Document.class, COLLECTION);
        return centre == null ? Optional.empty() : Optional.of(new Place(
                new Coordinates(centre.getDouble("latitude"), centre.getDouble("longitude")), precision));
    }

    /** Running sums for a centre. */
    private static final class Sum {
        double latitude;
        double longitude;
        int count;
    }

    /** Providers have moved, opened or closed: recompute the centres when the imports are done. */
    void markStale() {
        stale.set(true);
    }

    @Override
    public String description() {
        return "the postcode centres used to search near a postcode";
    }

    @Override
    public void run() {
        if (stale.getAndSet(false)) {
            try {
                rebuild();
            } catch (RuntimeException e) {
                stale.set(true);
                throw e;
            }
        }
    }

    /**
     * Recomputes every centre from the open providers that have a postcode and a position, and writes
     * only the centres that moved: after a small change to the directory, a few.
     */
    void rebuild() {
        Query geocoded = query(where("status").is(Provider.OPEN).and("entry.location").ne(null)
                .and("entry.address.postcode").ne(null));
        geocoded.fields().include("entry.location").include("entry.address.postcode");
        Map<String, Sum> sums = new HashMap<>();
        try (Stream<Document> providers = mongo.stream(geocoded, Document.class, Provider.COLLECTION)) {
            providers.forEach(provider -> {
                Document entry = provider.get("entry", Document.class);
                Document location = entry.get("location", Document.class);
                Optional<UkPostcode> postcode = UkPostcode.parse(entry.get("address", Document.class).getString("postcode"));
                if (location == null || postcode.isEmpty()) {
                    return;
                }
                for (String key : keys(postcode.get())) {
                    Sum sum = sums.computeIfAbsent(key, k -> new Sum());
                    sum.latitude += location.getDouble("latitude");
                    sum.longitude += location.getDouble("longitude");
                    sum.count++;
                }
            });
        }
        Map<String, Document> stored = new HashMap<>();
        mongo.findAll(Document.class, COLLECTION).forEach(centre -> stored.put(centre.getString("_id"), centre));
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        int pending = 0;
        for (Map.Entry<String, Sum> centre : sums.entrySet()) {
            Sum sum = centre.getValue();
            Document now = new Document("latitude", sum.latitude / sum.count).append("longitude", sum.longitude / sum.count)
                    .append("providers", sum.count);
            Document before = stored.get(centre.getKey());
            if (before != null && now.entrySet().stream().allMatch(field -> field.getValue().equals(before.get(field.getKey())))) {
                continue;
            }
            bulk.upsert(query(where("_id").is(centre.getKey())), Update.fromDocument(new Document("$set", now)));
            if (++pending == 1000) {
                bulk.execute();
                bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
                pending = 0;
            }
        }
        if (pending > 0) {
            bulk.execute();
        }
        // Places no open provider is in any more.
        List<String> gone = stored.keySet().stream().filter(id -> !sums.containsKey(id)).toList();
        for (int from = 0; from < gone.size(); from += 1000) {
            mongo.remove(query(where("_id").in(gone.subList(from, Math.min(gone.size(), from + 1000)))), COLLECTION);
        }
    }

    private static List<String> keys(UkPostcode postcode) {
        return postcode.isFull()
                ? List.of("postcode:" + postcode.unit(), "sector:" + postcode.sector(), "district:" + postcode.district())
                : List.of("district:" + postcode.district());
    }
}
