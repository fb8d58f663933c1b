package org.carefeed.choice.directory;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.carefeed.choice.change.ChangeNotice;
import org.carefeed.choice.change.ChangeResolver;
import org.carefeed.events.Coordinates;
import org.carefeed.events.PostalAddress;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Providers in the change feed: their directory entry as published, open or closed. */
@Component
class ProviderChanges implements ChangeResolver {

    private final MongoTemplate mongo;

    ProviderChanges(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * What the published files say about a provider.
     *
     * @param identifiers every identifier it is known by, as {@code kind:value}
     * @param closedAt    when it closed, if it has
     */
    record Entry(String code, String name, List<String> otherNames, String type, String subType, String sector,
            String status, Instant closedAt, PostalAddress address, Coordinates location, List<String> phones,
            List<String> emails, String website, String parentCode, String parentName, List<String> identifiers) {

        static Entry of(Provider provider) {
            DirectoryEntry e = provider.entry();
            return new Entry(provider.code(), e.name(), e.otherNames(), e.type(), e.subType(), e.sector(),
                    provider.status(), provider.closedAt(), e.address(), e.location(), e.phones(), e.emails(),
                    e.website(), e.parentCode(), e.parentName(), provider.identifiers());
        }
    }

    @Override
    public String kind() {
        return ChangeNotice.PROVIDER;
    }

    @Override
    public Map<String, State> states(Collection<String> codes) {
        Query providers = query(where("_id").in(codes));
        providers.fields().exclude("outbox").exclude("records").exclude("details").exclude("nameKeys");
        return mongo.find(providers, Provider.class).stream().collect(Collectors.toMap(Provider::code,
                provider -> new State(provider.isOpen() ? "upserted" : "closed", Entry.of(provider))));
    }
}
