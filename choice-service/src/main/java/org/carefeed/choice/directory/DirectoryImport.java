package org.carefeed.choice.directory;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.carefeed.choice.imports.BadRowException;
import org.carefeed.choice.imports.ImportCounts;
import org.carefeed.choice.imports.ImportFormat;
import org.carefeed.choice.imports.ImportOptions;
import org.carefeed.choice.imports.Importer;
import org.carefeed.choice.imports.NhsChoicesFile;
import org.carefeed.choice.imports.Row;
import org.carefeed.events.Coordinates;
import org.carefeed.events.EventCodec;
import org.carefeed.events.PostalAddress;
import org.carefeed.events.ProviderClosed;
import org.carefeed.events.ProviderUpserted;
import org.carefeed.platform.outbox.OutboxMessage;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Imports an NHS Choices organisation file into the directory, in three passes so that memory use
 * does not grow with the file:
 * <ol>
 * <li>rows are staged in MongoDB, one document per organisation, merging the rows that repeat it
 * (Hospital.csv has one per phone and email);</li>
 * <li>each staged organisation is compared with the directory: new and changed providers are written
 * together with their event, unchanged ones are only marked as seen;</li>
 * <li>providers of the file's types that it no longer lists are closed, with their event.</li>
 * </ol>
 * Re-importing the same file therefore changes no provider and publishes no event. Whether a provider
 * is listed is decided by this import's own staged rows, so another import running meanwhile cannot
 * make it close the wrong providers. A rejected row still counts as listing its provider, and if any
 * row was rejected nothing is closed: a damaged file must not empty the directory.
 */
@Component
class DirectoryImport implements Importer {

    static final String STAGING = "directory_staging";
    private static final int BATCH = 1000;
    private static final List<String> REQUIRED = List.of("OrganisationCode", "OrganisationName", "OrganisationType");

    private final MongoTemplate mongo;
    private final EventCodec codec;
    private final Clock clock;

    DirectoryImport(MongoTemplate mongo, EventCodec codec, Clock clock) {
        this.mongo = mongo;
        this.codec = codec;
        this.clock = clock;
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.NHS_CHOICES_ORGANISATIONS;
    }

    @Override
    public void check(Path file) throws Exception {
        NhsChoicesFile.check(file, REQUIRED);
    }

    @Override
    public void run(String jobId, Path file, ImportOptions options, ImportCounts counts) throws Exception {
        try {
            stage(jobId, file, counts);
            Set<String> types = applyStaged(jobId, counts);
            if (options.closeMissing() && counts.rowsRejected() == 0) {
                closeMissing(jobId, types, counts);
            } else if (options.closeMissing()) {
                counts.warn("Rows were rejected, so no provider missing from the file was closed. "
                        + "Correct the rows and import the file again to close them.");
            }
        } finally {
            mongo.remove(query(where("jobId").is(jobId)), STAGING);
        }
    }

    private void stage(String jobId, Path path, ImportCounts counts) throws Exception {
        try (NhsChoicesFile file = NhsChoicesFile.open(path, REQUIRED)) {
            // Ordered: several rows of one organisation must merge in file order, the later winning.
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, STAGING);
            int pending = 0;
            for (Row row : file) {
                counts.rowsRead.incrementAndGet();
                try {
                    file.requireFieldCount(row);
                    bulk.upsert(query(where("_id").is(jobId + ":" + code(row))), staged(jobId, row));
                    pending++;
                } catch (BadRowException e) {
                    counts.reject(row.line(), e.getMessage());
                    String listed = listedCode(row);
                    if (listed != null) {
                        // Still listed, though its row was not usable: it must not count as missing.
                        bulk.upsert(query(where("_id").is(jobId + ":" + listed)),
                                new Update().setOnInsert("jobId", jobId).setOnInsert("code", listed));
                        pending++;
                    }
                }
                if (pending >= BATCH) {
                    bulk.execute();
                    bulk = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, STAGING);
                    pending = 0;
                }
            }
            if (pending > 0) {
                bulk.execute();
            }
        }
    }

    /** The row's code if it has a usable one, else null. */
    private static String listedCode(Row row) {
        try {
            return code(row);
        } catch (BadRowException e) {
            return null;
        }
    }

    private static String code(Row row) {
        return row.requireProviderCode("OrganisationCode");
    }

    /** The row as an update of its organisation's staged document: later non-empty values win, contacts add up. */
    private static Update staged(String jobId, Row row) {
        Update update = new Update().setOnInsert("jobId", jobId).setOnInsert("code", code(row))
                .set("type", ProviderTypes.fromPublished(row.require("OrganisationType")))
                .set("name", row.require("OrganisationName"));
        setIfPresent(update, "subType", row.get("SubType"));
        setIfPresent(update, "sector", row.get("Sector"));
        setIfPresent(update, "address1", row.get("Address1"));
        setIfPresent(update, "address2", row.get("Address2"));
        setIfPresent(update, "address3", row.get("Address3"));
        setIfPresent(update, "town", row.get("City"));
        setIfPresent(update, "county", row.get("County"));
        setIfPresent(update, "postcode", postcode(row.get("Postcode")));
        setIfPresent(update, "parentName", row.get("ParentName"));
        setIfPresent(update, "website", row.get("Website"));
        setIfPresent(update, "parentCode", row.providerCode("ParentODSCode"));
        Coordinates location = location(row);
        if (location != null) {
            update.set("latitude", location.latitude()).set("longitude", location.longitude());
        }
        addIfPresent(update, "phones", row.get("Phone"));
        addIfPresent(update, "emails", row.get("Email"));
        return update;
    }

    private static Coordinates location(Row row) {
        String latitude = row.get("Latitude");
        String longitude = row.get("Longitude");
        if (latitude == null || longitude == null) {
            return null;
        }
        try {
            double lat = Double.parseDouble(latitude);
            double lng = Double.parseDouble(longitude);
            // Some published rows carry 0,0 for "not known"; nothing we list is in the Gulf of Guinea.
            return lat == 0 && lng == 0 ? null : new Coordinates(lat, lng);
        } catch (IllegalArgumentException e) {
            throw new BadRowException("Latitude/Longitude " + latitude + "," + longitude + " is not a position");
        }
    }

    private static String postcode(String published) {
        return published == null ? null : published.toUpperCase().replaceAll("\\s+", " ");
    }

    private static void setIfPresent(Update update, String field, String value) {
        if (value != null) {
            update.set(field, value);
        }
    }

    private static void addIfPresent(Update update, String field, String value) {
        if (value != null) {
            update.addToSet(field, value);
        }
    }

    /** @return the provider types the file lists */
    private Set<String> applyStaged(String jobId, ImportCounts counts) {
        Set<String> types = new HashSet<>();
        String after = "";
        while (true) {
            List<Document> page = mongo.find(query(where("jobId").is(jobId).and("_id").gt(after))
                    .with(Sort.by("_id")).limit(BATCH), Document.class, STAGING);
            if (page.isEmpty()) {
                return types;
            }
            applyPage(jobId, page, types, counts);
            after = page.get(page.size() - 1).getString("_id");
        }
    }

    private void applyPage(String jobId, List<Document> page, Set<String> types, ImportCounts counts) {
        List<String> codes = page.stream().map(staged -> staged.getString("code")).toList();
        Query existingQuery = query(where("_id").in(codes));
        existingQuery.fields().exclude("outbox");
        Map<String, Provider> existing = mongo.find(existingQuery, Provider.class).stream()
                .collect(Collectors.toMap(Provider::code, Function.identity()));
        Instant now = clock.instant();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Provider.class);
        int writes = 0;
        for (Document staged : page) {
            String code = staged.getString("code");
            if (staged.getString("name") == null) {
                continue; // only listed by a rejected row: leave the provider as it is
            }
            DirectoryEntry entry = entry(staged);
            types.add(entry.type());
            Provider current = existing.get(code);
            if (current != null && current.isOpen() && entry.equals(current.entry())) {
                counts.providersUnchanged.incrementAndGet();
                continue;
            }
            Update update = new Update()
                    .set("entry", entry)
                    .set("status", Provider.OPEN)
                    .set("nameKey", Names.fold(entry.name()))
                    .set("updatedAt", now)
                    .set("lastImportId", jobId)
                    .unset("closedAt")
                    .setOnInsert("createdAt", now)
                    .push(OutboxMessage.FIELD, OutboxMessage.of(upserted(code, entry, now), codec));
            bulk.upsert(query(where("_id").is(code)), update);
            writes++;
            (current == null ? counts.providersCreated : counts.providersUpdated).incrementAndGet();
        }
        if (writes > 0) {
            bulk.execute();
        }
    }

    private static DirectoryEntry entry(Document staged) {
        List<String> lines = new ArrayList<>();
        for (String field : List.of("address1", "address2", "address3")) {
            if (staged.getString(field) != null) {
                lines.add(staged.getString(field));
            }
        }
        Coordinates location = staged.get("latitude") instanceof Number lat && staged.get("longitude") instanceof Number lng
                ? new Coordinates(lat.doubleValue(), lng.doubleValue()) : null;
        return new DirectoryEntry(staged.getString("type"), staged.getString("subType"), staged.getString("sector"),
                staged.getString("name"),
                new PostalAddress(lines, staged.getString("town"), staged.getString("county"), staged.getString("postcode")),
                location, staged.getString("parentCode"), staged.getString("parentName"),
                staged.getList("phones", String.class), staged.getList("emails", String.class),
                staged.getString("website"));
    }

    private static ProviderUpserted upserted(String code, DirectoryEntry entry, Instant now) {
        return new ProviderUpserted(UUID.randomUUID(), now, code, ProviderUpserted.SCHEMA_VERSION, entry.type(),
                entry.subType(), entry.sector(), entry.name(), entry.address(), entry.location(), entry.parentCode(),
                entry.parentName(), entry.phones(), entry.emails(), entry.website());
    }

    private void closeMissing(String jobId, Set<String> types, ImportCounts counts) {
        if (types.isEmpty()) {
            return;
        }
        String after = "";
        while (true) {
            Query open = query(where("entry.type").in(types).and("status").is(Provider.OPEN).and("_id").gt(after))
                    .with(Sort.by("_id")).limit(BATCH);
            open.fields().include("_id");
            List<String> codes = mongo.find(open, Document.class, Provider.COLLECTION).stream()
                    .map(provider -> provider.getString("_id")).toList();
            if (codes.isEmpty()) {
                return;
            }
            after = codes.get(codes.size() - 1);
            Set<String> listed = mongo.find(query(where("_id").in(codes.stream().map(code -> jobId + ":" + code).toList())),
                    Document.class, STAGING).stream().map(staged -> staged.getString("code")).collect(Collectors.toSet());
            List<String> missing = codes.stream().filter(code -> !listed.contains(code)).toList();
            if (!missing.isEmpty()) {
                close(missing, counts);
            }
        }
    }

    private void close(List<String> codes, ImportCounts counts) {
        Instant now = clock.instant();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Provider.class);
        for (String code : codes) {
            bulk.updateOne(query(where("_id").is(code).and("status").is(Provider.OPEN)), new Update()
                    .set("status", Provider.CLOSED)
                    .set("closedAt", now)
                    .set("updatedAt", now)
                    .push(OutboxMessage.FIELD, OutboxMessage.of(ProviderClosed.of(code, now), codec)));
        }
        counts.providersClosed.addAndGet(bulk.execute().getModifiedCount());
    }
}
