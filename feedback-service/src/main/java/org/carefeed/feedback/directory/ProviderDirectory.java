package org.carefeed.feedback.directory;

import java.util.Optional;

import org.carefeed.platform.web.InvalidRequest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Answers whether feedback may be given about a provider. */
@Service
public class ProviderDirectory {

    private final MongoTemplate mongo;

    ProviderDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<KnownProvider> find(String code) {
        return Optional.ofNullable(mongo.findById(code, KnownProvider.class));
    }

    /** @throws InvalidRequest a 422 naming {@code field} if the provider is not in the directory */
    public KnownProvider requireKnown(String code, String field) {
        return find(code).orElseThrow(() -> unknown(code, field));
    }

    private static InvalidRequest unknown(String code, String field) {
        return InvalidRequest.unprocessable(field, "There is no provider with the code " + code
                + " in the directory. Check the code, or search for the provider by name.");
    }

    /**
     * @throws InvalidRequest a 422 naming {@code field} if the provider is not in the directory or is closed
     */
    public KnownProvider requireOpen(String code, String field) {
        KnownProvider provider = requireKnown(code, field);
        if (!provider.open()) {
            // After compaction a replica may only ever have seen the closure, which carries no name.
            String who = provider.name() == null ? code : provider.name() + " (" + code + ")";
            throw InvalidRequest.unprocessable(field, who + " has closed, so it no longer takes feedback.");
        }
        return provider;
    }
}
