package org.carefeed.choice.directory;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.carefeed.choice.imports.BadRowException;
import org.carefeed.choice.imports.ImportCounts;
import org.carefeed.choice.imports.ImportOptions;
import org.carefeed.choice.imports.Importer;
import org.carefeed.choice.imports.NhsChoicesFile;
import org.carefeed.choice.imports.Row;
import org.carefeed.events.ProviderIdentifier;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Imports a file of things published about organisations, one per row, linked by the organisation's
 * publisher's number ({@code OrganisationID}): opening times, services or staff. Each organisation's
 * list is kept under that number whether or not the organisation is in the directory yet, and copied
 * onto its provider when it is, so the files can be imported in any order. An organisation whose list
 * is what the file said last time is not written again.
 *
 * <p>Each list remembers the name of the file it came from. A later import of a file of that name
 * which no longer lists an organisation removes the list (unless rows were rejected or the import
 * was told the file is partial): its opening times, services or staff are no longer published.
 *
 * @param <T> one item of the list
 */
abstract class DetailsImport<T> implements Importer {

    private static final int BATCH = 1000;

    private final MongoTemplate mongo;
    private final ProviderIdentifiers identifiers;
    private final String field;
    private final String description;

    /**
     * @param field       the list of {@link OrganisationDetails} this file gives
     * @param description what the list is, in words, for the import's report
     */
    DetailsImport(MongoTemplate mongo, ProviderIdentifiers identifiers, String field, String description) {
        this.mongo = mongo;
        this.identifiers = identifiers;
        this.field = field;
        this.description = description;
    }

    /** One row as an item. @throws BadRowException if the row says nothing usable */
    abstract T item(Row row);

    /** The list as this file gives it, from a stored organisation's details. */
    abstract List<T> listOf(OrganisationDetails details);

    /** The items of one organisation as stored: in file order unless said otherwise. */
    List<T> tidy(List<T> items) {
        return items;
    }

    @Override
    public void check(Path file) throws Exception {
        NhsChoicesFile.check(file, format().columns());
    }

    @Override
    public void run(String jobId, Path file, ImportOptions options, ImportCounts counts) throws Exception {
        Map<String, List<T>> byOrganisation = read(file, counts);
        List<String> organisations = new ArrayList<>(byOrganisation.keySet());
        long awaitedRows = 0;
        for (int from = 0; from < organisations.size(); from += BATCH) {
            awaitedRows += store(organisations.subList(from, Math.min(organisations.size(), from + BATCH)),
                    byOrganisation, options.fileName(), counts);
        }
        if (options.closeMissing() && counts.rowsRejected() == 0 && !byOrganisation.isEmpty()) {
            removeMissing(options.fileName(), byOrganisation.keySet(), counts);
        } else if (options.closeMissing() && byOrganisation.isEmpty()) {
            // A file with a header and nothing else is more likely a broken download than the end of all.
            counts.warn("The file lists no organisations, so no earlier " + description + " were removed.");
        }
        if (counts.organisationsAwaited.get() > 0) {
            counts.warn(String.format("%,d rows are about %,d organisations not in the directory yet; they are kept and "
                    + "will appear on those organisations' profiles when their organisation file is imported.",
                    awaitedRows, counts.organisationsAwaited.get()));
        }
    }

    private Map<String, List<T>> read(Path path, ImportCounts counts) throws Exception {
        Map<String, List<T>> byOrganisation = new LinkedHashMap<>();
        try (NhsChoicesFile file = NhsChoicesFile.open(path, format().columns())) {
            for (Row row : file) {
                counts.rowsRead.incrementAndGet();
                try {
                    file.requireFieldCount(row);
                    String organisationId = row.require("OrganisationID");
                    T item = item(row);
                    byOrganisation.computeIfAbsent(organisationId, id -> new ArrayList<>()).add(item);
                } catch (BadRowException e) {
                    counts.reject(row.line(), e.getMessage());
                }
            }
        }
        byOrganisation.replaceAll((id, items) -> tidy(items));
        return byOrganisation;
    }

    /** @return how many items are about organisations not in the directory yet */
    private long store(List<String> batch, Map<String, List<T>> byOrganisation, String fileName, ImportCounts counts) {
        Map<String, OrganisationDetails> stored = new HashMap<>();
        Query existing = query(where("_id").in(batch));
        existing.fields().include(field).include(OrganisationDetails.SOURCES);
        mongo.find(existing, OrganisationDetails.class).forEach(details -> stored.put(details.organisationId(), details));
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, OrganisationDetails.class);
        Set<String> changed = new HashSet<>();
        int writes = 0;
        for (String organisationId : batch) {
            List<T> items = byOrganisation.get(organisationId);
            OrganisationDetails before = stored.get(organisationId);
            boolean sameItems = before != null && items.equals(listOf(before));
            if (sameItems && fileName.equals(before.sourceOf(field))) {
                counts.organisationsUnchanged.incrementAndGet();
                continue;
            }
            bulk.upsert(query(where("_id").is(organisationId)),
                    new Update().set(field, items).set(OrganisationDetails.SOURCES + "." + field, fileName));
            writes++;
            if (sameItems) {
                counts.organisationsUnchanged.incrementAndGet(); // only where it came from is new
            } else {
                changed.add(organisationId);
            }
        }
        if (writes > 0) {
            bulk.execute();
        }
        counts.organisationsChanged.addAndGet(changed.size());
        Map<String, String> providers = providersOf(batch);
        long awaitedRows = 0;
        for (String organisationId : batch) {
            if (!providers.containsKey(organisationId)) {
                counts.organisationsAwaited.incrementAndGet();
                awaitedRows += byOrganisation.get(organisationId).size();
            }
        }
        relink(changed.stream().map(providers::get).filter(provider -> provider != null).collect(Collectors.toSet()));
        return awaitedRows;
    }

    /** Removes the lists an earlier import of this file gave organisations it no longer lists. */
    private void removeMissing(String fileName, Set<String> listed, ImportCounts counts) {
        Query fromThisFile = query(where(OrganisationDetails.SOURCES + "." + field).is(fileName));
        fromThisFile.fields().include("_id");
        List<String> missing = mongo.find(fromThisFile, Document.class, OrganisationDetails.COLLECTION).stream()
                .map(details -> details.getString("_id")).filter(id -> !listed.contains(id)).toList();
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<String> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
            mongo.updateMulti(query(where("_id").in(batch)),
                    new Update().unset(field).unset(OrganisationDetails.SOURCES + "." + field), OrganisationDetails.class);
            relink(new HashSet<>(providersOf(batch).values()));
        }
        if (!missing.isEmpty()) {
            counts.organisationsChanged.addAndGet(missing.size());
            counts.warn(String.format("%,d organisations an earlier import of %s listed are no longer in it: their %s "
                    + "were removed.", missing.size(), fileName, description));
        }
    }

    /** The provider of each organisation that is in the directory, by publisher's number. */
    private Map<String, String> providersOf(List<String> organisationIds) {
        Map<String, String> byIdentifier = identifiers.providersOf(organisationIds.stream()
                .map(id -> ProviderIdentifier.nhsChoices(id).qualified()).toList());
        Map<String, String> providers = new HashMap<>();
        for (String organisationId : organisationIds) {
            String provider = byIdentifier.get(ProviderIdentifier.nhsChoices(organisationId).qualified());
            if (provider != null) {
                providers.put(organisationId, provider);
            }
        }
        return providers;
    }

    /** Copies onto each provider the details of all the organisations it is made of. */
    private void relink(Set<String> providerIds) {
        if (providerIds.isEmpty()) {
            return;
        }
        Query providers = query(where("_id").in(providerIds));
        providers.fields().include("records.organisationId");
        Map<String, List<String>> organisationsOf = new HashMap<>();
        // Read as plain documents: a record with only its number would not make a PublishedRecord.
        for (Document provider : mongo.find(providers, Document.class, Provider.COLLECTION)) {
            organisationsOf.put(provider.getString("_id"), provider.getList("records", Document.class).stream()
                    .map(record -> record.getString("organisationId")).toList());
        }
        Map<String, OrganisationDetails> details = new HashMap<>();
        mongo.find(query(where("_id").in(organisationsOf.values().stream().flatMap(List::stream).toList())),
                OrganisationDetails.class).forEach(d -> details.put(d.organisationId(), d));
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Provider.class);
        organisationsOf.forEach((providerId, organisationIds) -> {
            ProviderDetails merged = ProviderDetails.of(organisationIds.stream().map(details::get)
                    .filter(d -> d != null).toList());
            bulk.updateOne(query(where("_id").is(providerId)), new Update().set("details", merged));
        });
        bulk.execute();
    }
}
