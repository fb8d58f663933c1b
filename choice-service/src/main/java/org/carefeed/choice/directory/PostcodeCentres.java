package org.carefeed.choice.directory;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.bson.Document;
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
 * and district, looked up by id, and rebuilt from the directory after each organisation import.
 */
@Component
class PostcodeCentres {

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

    /** Recomputes every centre from the open providers that have a postcode and a position. */
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
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        int pending = 0;
        for (Map.Entry<String, Sum> centre : sums.entrySet()) {
            Sum sum = centre.getValue();
            bulk.upsert(query(where("_id").is(centre.getKey())), new Update()
                    .set("latitude", sum.latitude / sum.count).set("longitude", sum.longitude / sum.count)
                    .set("providers", sum.count));
            if (++pending == 1000) {
                bulk.execute();
                bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
                pending = 0;
            }
        }
        if (pending > 0) {
            bulk.execute();
        }
        // Places no open provider is in any more: one pass over the ids.
        Query all = new Query();
        all.fields().include("_id");
        List<String> gone = mongo.find(all, Document.class, COLLECTION).stream().map(doc -> doc.getString("_id"))
                .filter(id -> !sums.containsKey(id)).toList();
        if (!gone.isEmpty()) {
            mongo.remove(query(where("_id").in(gone)), COLLECTION);
        }
    }

    private static List<String> keys(UkPostcode postcode) {
        return postcode.isFull()
                ? List.of("postcode:" + postcode.unit(), "sector:" + postcode.sector(), "district:" + postcode.district())
                : List.of("district:" + postcode.district());
    }
}
