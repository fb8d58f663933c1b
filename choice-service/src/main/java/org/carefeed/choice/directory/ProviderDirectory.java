package org.carefeed.choice.directory;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.carefeed.events.Coordinates;
import org.carefeed.events.PostalAddress;
import org.carefeed.events.ProviderIds;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The directory as other features read it (the open feeds, webhooks, the provider page): a provider by any
 * identifier, an organisation's sites as the published files link them, and whether a type is known. Reads
 * only the fields asked for, never a whole entry, except for the page that shows the entry.
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

    /**
     * What a provider's page shows of its directory entry, as the profile API reads it.
     *
     * @param closed     true once the directory no longer lists it
     * @param parentCode the organisation it belongs to, or null; {@code parentName} as its entry names it
     * @param sites      the providers whose entries name it as their parent, by name
     */
    public record Entry(String code, String name, String type, String subType, boolean closed,
            PostalAddress address, Coordinates location, List<String> phones, List<String> emails, String website,
            String parentCode, String parentName, List<Site> sites) {
    }

    /** One of an organisation's sites. */
    public record Site(String code, String name, boolean closed) {
    }

    /**
     * The entry of the provider an identifier names (as {@link #find}), with its sites: the same two reads
     * as the profile API, whatever the size of the organisation. Empty for an unknown or malformed one.
     */
    public Optional<Entry> entryOf(String identifier) {
        Optional<String> id = ProviderIds.normalise(identifier);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Provider provider = mongo.findById(id.get(), Provider.class);
        if (provider == null) {
            String qualified = id.get().contains(":") ? id.get() : "ods:" + id.get();
            provider = identifiers.providerOf(qualified).map(found -> mongo.findById(found, Provider.class))
                    .orElse(null);
        }
        if (provider == null) {
            return Optional.empty();
        }
        Query children = query(where(PARENT_CODE).is(provider.code()));
        children.fields().include("entry.name").include("entry.type").include("status");
        List<Site> sites = mongo.find(children, Provider.class).stream()
                .map(child -> new Site(child.code(), child.entry().name(), Provider.CLOSED.equals(child.status())))
                .sorted(Comparator.comparing(Site::name, String.CASE_INSENSITIVE_ORDER)).toList();
        DirectoryEntry e = provider.entry();
        return Optional.of(new Entry(provider.code(), e.name(), e.type(), e.subType(),
                Provider.CLOSED.equals(provider.status()), e.address(), e.location(), e.phones(), e.emails(),
                e.website(), e.parentCode(), e.parentName(), sites));
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
