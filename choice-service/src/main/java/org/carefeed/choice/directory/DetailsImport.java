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
 * @param <T> one item of the list
 */
abstract class DetailsImport<T> implements Importer {

    private static final int BATCH = 1000;

    private final MongoTemplate mongo;
    private final ProviderIdentifiers identifiers;
    private final String field;

    /** @param field the list of {@link OrganisationDetails} this file gives */
    DetailsImport(MongoTemplate mongo, ProviderIdentifiers identifiers, String field) {
        this.mongo = mongo;
        this.identifiers = identifiers;
        this.field = field;
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
                    byOrganisation, counts);
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
    private long store(List<String> batch, Map<String, List<T>> byOrganisation, ImportCounts counts) {
        Map<String, List<T>> stored = new HashMap<>();
        Query existing = query(where("_id").in(batch));
        existing.fields().include(field);
        mongo.find(existing, OrganisationDetails.class)
                .forEach(details -> stored.put(details.organisationId(), listOf(details)));
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, OrganisationDetails.class);
        List<String> changed = new ArrayList<>();
        for (String organisationId : batch) {
            List<T> items = byOrganisation.get(organisationId);
            if (items.equals(stored.get(organisationId))) {
                counts.organisationsUnchanged.incrementAndGet();
                continue;
            }
            bulk.upsert(query(where("_id").is(organisationId)), new Update().set(field, items));
            changed.add(organisationId);
        }
        if (!changed.isEmpty()) {
            bulk.execute();
        }
        counts.organisationsChanged.addAndGet(changed.size());
        Map<String, String> providers = identifiers.providersOf(batch.stream()
                .map(id -> ProviderIdentifier.nhsChoices(id).qualified()).toList());
        long awaitedRows = 0;
        Set<String> relink = new HashSet<>();
        for (String organisationId : batch) {
            String provider = providers.get(ProviderIdentifier.nhsChoices(organisationId).qualified());
            if (provider == null) {
                counts.organisationsAwaited.incrementAndGet();
                awaitedRows += byOrganisation.get(organisationId).size();
            } else if (changed.contains(organisationId)) {
                relink.add(provider);
            }
        }
        relink(relink);
        return awaitedRows;
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
