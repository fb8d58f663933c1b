package org.carefeed.choice.directory;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.carefeed.events.ProviderIds;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The directory as other features read it (the open feeds, webhooks): a provider by any identifier, an
 * organisation's sites as the published files link them, and whether a type is known. Reads only the
 * fields asked for, never a whole entry.
 */
@Component
public class ProviderDirectory {

    private static final String PARENT_CODE = "entry.parentCode";

    private final MongoTemplate mongo;
    private final ProviderIdentifiers identifiers;

    ProviderDirectory(MongoTemplate mongo, ProviderIdentifiers identifiers) {
        this.mongo = mongo;
        this.identifiers = identifiers;
    }

    /**
     * A provider as others name it.
     *
     * @param code its public identifier, the one its reviews are listed under
     */
    public record Named(String code, String name, String type) {
    }

    /**
     * The provider an identifier names: its public identifier (an ODS code for those that have one), or
     * any other identifier with its kind ({@code cqc:1-101628572}). Empty for an unknown or malformed one.
     */
    public Optional<Named> find(String identifier) {
        Optional<String> id = ProviderIds.normalise(identifier);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<Named> found = named(id.get());
        if (found.isPresent()) {
            return found;
        }
        String qualified = id.get().contains(":") ? id.get() : "ods:" + id.get();
        return identifiers.providerOf(qualified).flatMap(this::named);
    }

    /** The provider's type, if the directory has it. */
    public Optional<String> typeOf(String code) {
        return named(code).map(Named::type);
    }

    /**
     * Where a provider sits in the directory, for matching events against webhook filters.
     *
     * @param parentCode the organisation it belongs to (a site's trust), or null
     */
    public record Placement(String type, String parentCode) {
    }

    /** The provider's type and organisation, if the directory has it. */
    public Optional<Placement> placementOf(String code) {
        Query byId = query(where("_id").is(code));
        byId.fields().include("entry.type").include("entry.parentCode");
        return Optional.ofNullable(mongo.findOne(byId, Provider.class))
                .map(p -> new Placement(p.entry().type(), p.entry().parentCode()));
    }

    /** The codes of the organisations whose published records name this one as their parent: its sites. */
    public List<String> sitesOf(String code) {
        Query children = query(where(PARENT_CODE).is(code));
        children.fields().include("_id");
        return mongo.find(children, Provider.class).stream().map(Provider::code).sorted().toList();
    }

    /**
     * Each organisation the published records name as the parent of others, with the codes of those
     * sites, one organisation at a time (by code), read as a stream through the index on the parent.
     */
    public void forEachOrganisationWithSites(BiConsumer<String, List<String>> action) {
        Query children = query(where(PARENT_CODE).gt("")).with(Sort.by(PARENT_CODE));
        children.fields().include(PARENT_CODE);
        String organisation = null;
        List<String> sites = new ArrayList<>();
        try (Stream<Provider> stream = mongo.stream(children, Provider.class)) {
            for (Provider site : (Iterable<Provider>) stream::iterator) {
                String parent = site.entry().parentCode();
                if (!parent.equals(organisation)) {
                    if (organisation != null) {
                        action.accept(organisation, sites.stream().sorted().toList());
                    }
                    organisation = parent;
                    sites = new ArrayList<>();
                }
                sites.add(site.code());
            }
        }
        if (organisation != null) {
            action.accept(organisation, sites.stream().sorted().toList());
        }
    }

    /** Whether any provider, open or closed, is of this type. */
    public boolean hasType(String type) {
        Query ofType = query(where("entry.type").is(type));
        ofType.fields().include("_id");
        return mongo.findOne(ofType, Provider.class) != null;
    }

    /** The names of those of these providers the directory has, by code. */
    public Map<String, String> namesOf(Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        if (!codes.isEmpty()) {
            Query wanted = query(where("_id").in(codes));
            wanted.fields().include("entry.name");
            mongo.find(wanted, Provider.class).forEach(p -> names.put(p.code(), p.entry().name()));
        }
        return names;
    }

    private Optional<Named> named(String code) {
        Query byId = query(where("_id").is(code));
        byId.fields().include("entry.name").include("entry.type");
        return Optional.ofNullable(mongo.findOne(byId, Provider.class))
                .map(p -> new Named(p.code(), p.entry().name(), p.entry().type()));
    }
}
