package org.carefeed.choice.directory;

import java.time.Instant;
import java.util.List;

import org.carefeed.platform.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A provider in the directory: one place a patient goes to (or one organisation, such as a trust),
 * made of the published organisations that are it, with the events about it still to be published.
 * Field names are used in queries, hence the constants.
 *
 * @param code          its public identifier: its ODS code where it has one, otherwise
 *                      {@code kind:value} (see {@link org.carefeed.events.ProviderIds}); never changes
 * @param entry         what its published records say, merged
 * @param identifiers   every identifier it is known by, as {@code kind:value}
 * @param records       the published organisations it is made of
 * @param nameKey       its name folded to lower case without accents, for ordering
 * @param nameKeys      all its names folded, for searching
 * @param details       its opening times, services and staff, linked from their files
 * @param lastImportId  the import that last changed it
 * @param fairScore     a copy of its fair score from its figures, so search can order by it; null
 *                      while it has none (see {@link ProviderRanking})
 * @param fairScoreAsOf when the figures it was copied from were computed
 */
@Document(Provider.COLLECTION)
@CompoundIndex(name = "open_by_name", def = "{'status': 1, 'nameKey': 1, '_id': 1}")
@CompoundIndex(name = "type_by_name", def = "{'entry.type': 1, 'status': 1, 'nameKey': 1, '_id': 1}")
@CompoundIndex(name = "open_by_score", def = "{'status': 1, 'fairScore': -1, 'nameKey': 1, '_id': 1}")
@CompoundIndex(name = "type_by_score", def = "{'entry.type': 1, 'status': 1, 'fairScore': -1, 'nameKey': 1, '_id': 1}")
// Search open at a time: open providers (of a type) with one of the clock's blocks around that time, in either order.
@CompoundIndex(name = "open_at_by_name", def = "{'status': 1, 'details.clockKeys': 1, 'nameKey': 1, '_id': 1}")
@CompoundIndex(name = "type_open_at_by_name",
        def = "{'entry.type': 1, 'status': 1, 'details.clockKeys': 1, 'nameKey': 1, '_id': 1}")
@CompoundIndex(name = "open_at_by_score",
        def = "{'status': 1, 'details.clockKeys': 1, 'fairScore': -1, 'nameKey': 1, '_id': 1}")
@CompoundIndex(name = "type_open_at_by_score",
        def = "{'entry.type': 1, 'status': 1, 'details.clockKeys': 1, 'fairScore': -1, 'nameKey': 1, '_id': 1}")
// Search near a place: open providers (of a type) in a box of latitudes and longitudes.
@CompoundIndex(name = "open_near", def = "{'status': 1, 'entry.location.latitude': 1, 'entry.location.longitude': 1}")
@CompoundIndex(name = "type_near",
        def = "{'entry.type': 1, 'status': 1, 'entry.location.latitude': 1, 'entry.location.longitude': 1}")
@CompoundIndex(name = "parent", def = "{'entry.parentCode': 1}")
@CompoundIndex(name = "record_type", def = "{'records.type': 1}")
record Provider(
        @Id String code,
        DirectoryEntry entry,
        List<String> identifiers,
        List<PublishedRecord> records,
        String status,
        String nameKey,
        List<String> nameKeys,
        ProviderDetails details,
        Instant createdAt,
        Instant updatedAt,
        Instant closedAt,
        String lastImportId,
        List<OutboxMessage> outbox,
        Double fairScore,
        Instant fairScoreAsOf) {

    static final String COLLECTION = "providers";
    static final String OPEN = "open";
    static final String CLOSED = "closed";
    static final String FAIR_SCORE = "fairScore";
    static final String FAIR_SCORE_AS_OF = "fairScoreAsOf";
    /** See {@link ProviderDetails#clockKeys()}. */
    static final String CLOCK_KEYS = "details.clockKeys";

    Provider {
        identifiers = identifiers == null ? List.of() : identifiers;
        records = records == null ? List.of() : records;
        nameKeys = nameKeys == null ? List.of() : nameKeys;
        details = details == null ? ProviderDetails.NONE : details;
    }

    boolean isOpen() {
        return OPEN.equals(status);
    }
}
