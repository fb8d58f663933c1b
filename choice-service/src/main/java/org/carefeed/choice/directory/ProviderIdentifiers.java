package org.carefeed.choice.directory;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Which provider each identifier belongs to, one document per identifier with the identifier
 * ({@code kind:value}) as its id. Look-ups by any identifier are then look-ups by id, which every
 * MongoDB, and the embedded Mongo-wire server too, answers from an index. An identifier, once given
 * to a provider, stays with it.
 */
@Component
class ProviderIdentifiers {

    static final String COLLECTION = "provider_identifiers";
    private static final String PROVIDER = "providerId";

    private final MongoTemplate mongo;

    ProviderIdentifiers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The provider of each identifier that has one. */
    Map<String, String> providersOf(Collection<String> identifiers) {
        Map<String, String> found = new HashMap<>();
        if (!identifiers.isEmpty()) {
            mongo.find(query(where("_id").in(identifiers)), Document.class, COLLECTION)
                    .forEach(doc -> found.put(doc.getString("_id"), doc.getString(PROVIDER)));
        }
        return found;
    }

    Optional<String> providerOf(String identifier) {
        return Optional.ofNullable(mongo.findById(identifier, Document.class, COLLECTION))
                .map(doc -> doc.getString(PROVIDER));
    }

    /**
     * Gives each identifier, not given to any provider yet, to the one named. Inserted rather than
     * upserted, so the server does not look for what is known not to be there.
     *
     * @throws org.springframework.data.mongodb.BulkOperationException with duplicate-key errors if
     *         another import gave one of them out meanwhile; the others are given all the same
     */
    void assign(Map<String, String> providerByIdentifier) {
        if (providerByIdentifier.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        providerByIdentifier.forEach((identifier, provider) ->
                bulk.insert(new Document("_id", identifier).append(PROVIDER, provider)));
        bulk.execute();
    }
}
