package org.carefeed.choice.directory;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.carefeed.choice.change.ChangeNotice;
import org.carefeed.choice.change.ChangeNotices;
import org.carefeed.choice.imports.BadRowException;
import org.carefeed.choice.imports.ImportCounts;
import org.carefeed.choice.imports.ImportFormat;
import org.carefeed.choice.imports.ImportOptions;
import org.carefeed.choice.imports.Importer;
import org.carefeed.choice.imports.NhsChoicesFile;
import org.carefeed.choice.imports.Row;
import org.carefeed.events.CarefeedEvent;
import org.carefeed.events.EventCodec;
import org.carefeed.events.ProviderClosed;
import org.carefeed.events.ProviderIdentifier;
import org.carefeed.events.ProviderUpserted;
import org.carefeed.platform.outbox.OutboxMessage;
import org.carefeed.platform.outbox.OutboxRelay;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Imports an NHS Choices organisation file of any type into the directory.
 *
 * <p>What one provider is: one place a patient goes to, or one organisation such as a trust. Each
 * organisation of the file (its rows merged) is a published record, and belongs to the provider its
 * publisher's number was given to before; failing that, to the provider of its ODS code when no other
 * organisation of the same file has that code (so a GP practice of GPPractices.csv and its one surgery
 * in GP.csv are one provider, with both names); failing that, it is a provider of its own, known by its
 * ODS code, CQC location or publisher's number, in that order. The surgeries of a practice with several
 * each become their own provider, belonging to the practice.
 *
 * <p>The file is read once into memory, an organisation at a time (a whole published file has some ten
 * thousand), then applied a batch at a time: one query for the identifiers, one for the providers, one
 * bulk write. Only providers whose records changed are written, each with its event in the same
 * document update, so re-importing a file changes nothing and publishes nothing. Then, unless rows
 * were rejected, organisations of the file's types that it no longer lists are marked unlisted; a
 * provider none of whose records is still listed and visible is closed.
 */
@Component
class DirectoryImport implements Importer {

    private static final int BATCH = 1000;
    private static final int DUPLICATE_KEY = 11000;
    /** Organisation-level files first: their record gives a merged provider its name and type. */
    private static final List<String> AUTHORITY = List.of("trust", "ccg", "area-team", "health-authority",
            "gp-practice", "hospital", "clinic", "gp");

    private final MongoTemplate mongo;
    private final EventCodec codec;
    private final Clock clock;
    private final ProviderIdentifiers identifiers;
    private final PostcodeCentres postcodes;
    private final OutboxRelay relay;

    DirectoryImport(MongoTemplate mongo, EventCodec codec, Clock clock, ProviderIdentifiers identifiers,
            PostcodeCentres postcodes, OutboxRelay relay) {
        this.mongo = mongo;
        this.codec = codec;
        this.clock = clock;
        this.identifiers = identifiers;
        this.postcodes = postcodes;
        this.relay = relay;
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.NHS_CHOICES_ORGANISATIONS;
    }

    @Override
    public void check(Path file) throws Exception {
        NhsChoicesFile.check(file, format().columns());
    }

    /** The organisations of a file, and those only rejected rows named. */
    private record Staged(Map<String, OrganisationRows> organisations, Set<String> listedByRejectedRows) {

        Set<String> types() {
            Set<String> types = new HashSet<>();
            organisations.values().forEach(organisation -> types.add(organisation.type()));
            return types;
        }

        boolean lists(String organisationId) {
            return organisations.containsKey(organisationId) || listedByRejectedRows.contains(organisationId);
        }
    }

    @Override
    public void run(String jobId, Path file, ImportOptions options, ImportCounts counts) throws Exception {
        Staged staged = stage(file, counts);
        Map<String, Integer> codeUses = new HashMap<>();
        for (OrganisationRows organisation : staged.organisations().values()) {
            String ods = PublishedIdentifiers.odsCode(organisation.type(), organisation.code());
            if (ods != null) {
                codeUses.merge(ods, 1, Integer::sum);
            }
        }
        List<OrganisationRows> all = new ArrayList<>(staged.organisations().values());
        for (int from = 0; from < all.size(); from += BATCH) {
            apply(jobId, all.subList(from, Math.min(all.size(), from + BATCH)), codeUses, counts);
        }
        if (options.closeMissing() && counts.rowsRejected() == 0) {
            unlistMissing(jobId, staged, counts);
        } else if (options.closeMissing()) {
            counts.warn("Rows were rejected, so no provider missing from the file was closed. "
                    + "Correct the rows and import the file again to close them.");
        }
    }

    private Staged stage(Path path, ImportCounts counts) throws Exception {
        Map<String, OrganisationRows> organisations = new LinkedHashMap<>();
        Set<String> listedByRejectedRows = new HashSet<>();
        try (NhsChoicesFile file = NhsChoicesFile.open(path, format().columns())) {
            for (Row row : file) {
                counts.rowsRead.incrementAndGet();
                String organisationId = row.get("OrganisationID");
                try {
                    file.requireFieldCount(row);
                    organisationId = OrganisationRows.organisationIdOf(row);
                    OrganisationRows rows = organisations.get(organisationId);
                    OrganisationRows adding = rows == null ? new OrganisationRows(organisationId) : rows;
                    adding.add(row);
                    organisations.putIfAbsent(organisationId, adding);
                } catch (BadRowException e) {
                    counts.reject(row.line(), e.getMessage());
                    if (organisationId != null) {
                        // Still listed, though its row was not usable: it must not count as missing.
                        listedByRejectedRows.add(organisationId);
                    }
                }
            }
        }
        return new Staged(organisations, listedByRejectedRows);
    }

    /** Where an organisation belongs, and what it is known by. */
    private record Placed(OrganisationRows organisation, List<ProviderIdentifier> identifiers, String providerId,
            PublishedRecord record) {
    }

    /** Counted only once the batch is written, so a batch tried again is not counted twice. */
    private void apply(String jobId, List<OrganisationRows> batch, Map<String, Integer> codeUses, ImportCounts counts) {
        ImportCounts attempt = new ImportCounts();
        try {
            applyOnce(jobId, batch, codeUses, attempt);
        } catch (BulkOperationException e) {
            if (e.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
            // Another import gave one of these identifiers or providers out meanwhile: look again.
            attempt = new ImportCounts();
            applyOnce(jobId, batch, codeUses, attempt);
        }
        counts.providersCreated.addAndGet(attempt.providersCreated.get());
        counts.providersUpdated.addAndGet(attempt.providersUpdated.get());
        counts.providersUnchanged.addAndGet(attempt.providersUnchanged.get());
        counts.providersClosed.addAndGet(attempt.providersClosed.get());
    }

    private void applyOnce(String jobId, List<OrganisationRows> batch, Map<String, Integer> codeUses, ImportCounts counts) {
        Map<OrganisationRows, List<ProviderIdentifier>> idsOf = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        for (OrganisationRows organisation : batch) {
            List<ProviderIdentifier> ids = identifiersOf(organisation, codeUses);
            idsOf.put(organisation, ids);
            ids.forEach(identifier -> keys.add(identifier.qualified()));
        }
        Map<String, String> known = identifiers.providersOf(keys);
        Map<String, List<Placed>> byProvider = new LinkedHashMap<>();
        idsOf.forEach((organisation, ids) -> {
            String providerId = providerFor(organisation, ids, known);
            String parent = parentOf(organisation, codeUses, providerId);
            byProvider.computeIfAbsent(providerId, id -> new ArrayList<>())
                    .add(new Placed(organisation, ids, providerId, organisation.toRecord(parent)));
        });
        // A provider none of whose identifiers is known is new: identifiers are stored before providers.
        Map<String, Provider> existing = providers(new HashSet<>(known.values()));
        Map<String, List<PublishedRecord>> changed = new LinkedHashMap<>();
        Map<String, String> newIdentifiers = new HashMap<>();
        for (Map.Entry<String, List<Placed>> placed : byProvider.entrySet()) {
            String providerId = placed.getKey();
            Provider current = existing.get(providerId);
            List<PublishedRecord> records = new ArrayList<>(current == null ? List.of() : current.records());
            for (Placed one : placed.getValue()) {
                records.removeIf(record -> record.organisationId().equals(one.record().organisationId()));
                records.add(one.record());
            }
            records.sort(AUTHORITY_ORDER);
            // An identifier already given to another provider stays with it.
            placed.getValue().stream().flatMap(one -> one.identifiers().stream()).map(ProviderIdentifier::qualified)
                    .filter(id -> !known.containsKey(id)).forEach(id -> newIdentifiers.put(id, providerId));
            if (current != null && records.equals(current.records())) {
                counts.providersUnchanged.incrementAndGet();
            } else {
                changed.put(providerId, records);
            }
        }
        // Identifiers first: a provider is never written without a way to find it.
        identifiers.assign(newIdentifiers);
        if (!changed.isEmpty()) {
            write(jobId, changed, byProvider, existing, counts);
        }
    }

    /** One bulk write of the providers whose records changed, with the details of any organisation new to them. */
    private void write(String jobId, Map<String, List<PublishedRecord>> changed, Map<String, List<Placed>> byProvider,
            Map<String, Provider> existing, ImportCounts counts) {
        Map<String, OrganisationDetails> details = detailsOf(changed.entrySet().stream()
                .filter(provider -> regrouped(existing.get(provider.getKey()), provider.getValue()))
                .flatMap(provider -> provider.getValue().stream()).map(PublishedRecord::organisationId).toList());
        Instant now = clock.instant();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Provider.class);
        changed.forEach((providerId, records) -> {
            Provider current = existing.get(providerId);
            List<ProviderIdentifier> added = byProvider.get(providerId).stream()
                    .flatMap(one -> one.identifiers().stream()).toList();
            List<String> ids = identifiersOf(added, current);
            if (current == null) {
                // Inserted, not upserted: the server need not look for what is known not to be there.
                bulk.insert(created(providerId, records, ids, detailsOf(records, details), jobId, now));
                counts.providersCreated.incrementAndGet();
                return;
            }
            Update update = change(providerId, current, records, ids, jobId, now);
            if (regrouped(current, records)) {
                update.set("details", detailsOf(records, details));
            }
            bulk.updateOne(query(where("_id").is(providerId)), update);
            if (current.isOpen() && records.stream().noneMatch(PublishedRecord::live)) {
                counts.providersClosed.incrementAndGet();
            } else {
                counts.providersUpdated.incrementAndGet();
            }
        });
        try {
            bulk.execute();
        } finally {
            // Even when part of the batch failed, what was written must be published and placed.
            relay.wake(Provider.COLLECTION, changed.keySet());
            postcodes.markStale();
        }
    }

    /** A new provider as its records make it, with the event that announces it if it is open. */
    private Provider created(String providerId, List<PublishedRecord> records, List<String> ids, ProviderDetails details,
            String jobId, Instant now) {
        DirectoryEntry entry = entryOf(records);
        boolean open = records.stream().anyMatch(PublishedRecord::live);
        // Hidden or deleted from the start: kept, never shown, never announced.
        List<OutboxMessage> outbox = open ? announced(upserted(providerId, entry, ids, now), providerId) : List.of();
        return new Provider(providerId, entry, ids, records, open ? Provider.OPEN : Provider.CLOSED,
                Names.fold(entry.name()), entry.nameKeys(), details, now, now, open ? null : now, jobId, outbox, null, null);
    }

    /**
     * The update that makes an existing provider what its records say, with the event that says so
     * when what is public about it changed.
     */
    private Update change(String providerId, Provider current, List<PublishedRecord> records, List<String> ids,
            String jobId, Instant now) {
        DirectoryEntry entry = entryOf(records);
        boolean open = records.stream().anyMatch(PublishedRecord::live);
        Update update = new Update()
                .set("records", records)
                .set("entry", entry)
                .set("identifiers", ids)
                .set("status", open ? Provider.OPEN : Provider.CLOSED)
                .set("nameKey", Names.fold(entry.name()))
                .set("nameKeys", entry.nameKeys())
                .set("updatedAt", now)
                .set("lastImportId", jobId);
        boolean publicChange = current.isOpen() != open || !entry.equals(current.entry())
                || !ids.equals(current.identifiers());
        if (open) {
            update.unset("closedAt");
            if (publicChange) {
                update.push(OutboxMessage.FIELD).each(announced(upserted(providerId, entry, ids, now), providerId).toArray());
            }
        } else if (current.isOpen()) {
            update.set("closedAt", now).push(OutboxMessage.FIELD)
                    .each(announced(ProviderClosed.of(providerId, now), providerId).toArray());
        }
        return update;
    }

    /**
     * The provider's event for the directory topic, and its notice for the change feed, stored with the
     * change they announce so that both go out even if this process stops straight after the write.
     */
    private List<OutboxMessage> announced(CarefeedEvent event, String providerId) {
        return List.of(OutboxMessage.of(event, codec), ChangeNotices.outboxMessage(ChangeNotice.PROVIDER, providerId));
    }

    /** What the public sees: the merge of the live records, or of all of them when none is live. */
    private static DirectoryEntry entryOf(List<PublishedRecord> records) {
        List<PublishedRecord> live = records.stream().filter(PublishedRecord::live).toList();
        return DirectoryEntry.merge((live.isEmpty() ? records : live).stream().map(PublishedRecord::entry).toList());
    }

    private static final Comparator<PublishedRecord> AUTHORITY_ORDER = Comparator
            .comparingInt((PublishedRecord record) -> {
                int rank = AUTHORITY.indexOf(record.type());
                return rank < 0 ? AUTHORITY.size() : rank;
            })
            .thenComparing(record -> record.organisationId().length())
            .thenComparing(PublishedRecord::organisationId);

    /**
     * What an organisation is known by. An ODS code that several organisations of the same file share
     * names the organisation that runs them, not any one of them.
     */
    private static List<ProviderIdentifier> identifiersOf(OrganisationRows organisation, Map<String, Integer> codeUses) {
        return PublishedIdentifiers.of(organisation.organisationId(), organisation.type(), organisation.code())
                .stream()
                .filter(id -> !ProviderIdentifier.ODS.equals(id.kind()) || codeUses.getOrDefault(id.value(), 0) == 1)
                .toList();
    }

    /** The provider's identifiers: those it had, and those of the organisations now placed in it. */
    private static List<String> identifiersOf(List<ProviderIdentifier> added, Provider current) {
        Set<String> ids = new LinkedHashSet<>(current == null ? List.of() : current.identifiers());
        added.forEach(id -> ids.add(id.qualified()));
        return ids.stream().sorted().toList();
    }

    private static String providerFor(OrganisationRows organisation, List<ProviderIdentifier> ids,
            Map<String, String> known) {
        String byNumber = known.get(ProviderIdentifier.nhsChoices(organisation.organisationId()).qualified());
        if (byNumber != null) {
            return byNumber;
        }
        for (ProviderIdentifier id : ids) {
            String provider = known.get(id.qualified());
            if (provider != null) {
                return provider;
            }
        }
        return ids.get(0).asPublicId();
    }

    /**
     * The organisation it belongs to: the parent its file gives, or the holder of an ODS code it
     * shares with other organisations of the file (a practice's surgeries); never itself.
     */
    private static String parentOf(OrganisationRows organisation, Map<String, Integer> codeUses, String providerId) {
        String shared = PublishedIdentifiers.odsCode(organisation.type(), organisation.code());
        String parent = organisation.parentCode();
        if (shared != null && codeUses.getOrDefault(shared, 0) > 1 && (parent == null || parent.equals(shared))) {
            parent = shared;
        }
        return parent == null || parent.equals(providerId) ? null : parent;
    }

    private Map<String, Provider> providers(Collection<String> ids) {
        Query query = query(where("_id").in(ids));
        // Its details are relinked from their own collection, never read from here: the largest part, left out.
        query.fields().exclude(OutboxMessage.FIELD).exclude("details");
        Map<String, Provider> found = new HashMap<>();
        mongo.find(query, Provider.class).forEach(provider -> found.put(provider.code(), provider));
        return found;
    }

    /** Whether the provider is new or is made of other organisations than before, so its details must be linked again. */
    private static boolean regrouped(Provider current, List<PublishedRecord> records) {
        return current == null || !organisationIds(current.records()).equals(organisationIds(records));
    }

    private static Set<String> organisationIds(List<PublishedRecord> records) {
        Set<String> ids = new HashSet<>();
        records.forEach(record -> ids.add(record.organisationId()));
        return ids;
    }

    private static ProviderDetails detailsOf(List<PublishedRecord> records, Map<String, OrganisationDetails> details) {
        return ProviderDetails.of(records.stream().map(record -> details.get(record.organisationId()))
                .filter(found -> found != null).toList());
    }

    /** Opening times, services and staff already imported for these organisations, in one query. */
    private Map<String, OrganisationDetails> detailsOf(Collection<String> organisationIds) {
        Map<String, OrganisationDetails> found = new HashMap<>();
        if (!organisationIds.isEmpty()) {
            mongo.find(query(where("_id").in(organisationIds)), OrganisationDetails.class)
                    .forEach(details -> found.put(details.organisationId(), details));
        }
        return found;
    }

    private static ProviderUpserted upserted(String providerId, DirectoryEntry entry, List<String> ids, Instant now) {
        List<ProviderIdentifier> identifiers = ids.stream().map(id -> {
            int colon = id.indexOf(':');
            return new ProviderIdentifier(id.substring(0, colon), id.substring(colon + 1));
        }).toList();
        return new ProviderUpserted(UUID.randomUUID(), now, null, providerId, ProviderUpserted.SCHEMA_VERSION,
                entry.type(), entry.subType(), entry.sector(), entry.name(), entry.address(), entry.location(),
                entry.parentCode(), entry.parentName(), entry.phones(), entry.emails(), entry.website(), identifiers,
                entry.otherNames());
    }

    /**
     * Marks unlisted the records of the file's types that it no longer lists, closing providers left
     * with no live record. Which records are listed is decided by this import's own organisations, so
     * another import running meanwhile cannot make it close the wrong providers.
     */
    private void unlistMissing(String jobId, Staged staged, ImportCounts counts) {
        Set<String> types = staged.types();
        if (types.isEmpty()) {
            return;
        }
        Query withRecordsOfTypes = query(where("records.type").in(types));
        withRecordsOfTypes.fields().exclude(OutboxMessage.FIELD).exclude("details");
        Instant now = clock.instant();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Provider.class);
        List<String> written = new ArrayList<>();
        try (Stream<Provider> providers = mongo.stream(withRecordsOfTypes, Provider.class)) {
            for (Provider provider : (Iterable<Provider>) providers::iterator) {
                List<PublishedRecord> records = provider.records().stream()
                        .map(record -> record.listed() && types.contains(record.type())
                                && !staged.lists(record.organisationId()) ? record.unlisted() : record)
                        .toList();
                if (records.equals(provider.records())) {
                    continue;
                }
                Update update = change(provider.code(), provider, records, provider.identifiers(), jobId, now);
                bulk.updateOne(query(where("_id").is(provider.code())), update);
                written.add(provider.code());
                if (provider.isOpen() && records.stream().noneMatch(PublishedRecord::live)) {
                    counts.providersClosed.incrementAndGet();
                }
                if (written.size() % BATCH == 0) {
                    bulk.execute();
                    bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Provider.class);
                }
            }
        }
        if (written.size() % BATCH != 0) {
            bulk.execute();
        }
        if (!written.isEmpty()) {
            relay.wake(Provider.COLLECTION, written);
            postcodes.markStale();
        }
    }
}
