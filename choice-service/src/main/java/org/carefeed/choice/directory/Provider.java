package org.carefeed.choice.directory;

import java.time.Instant;
import java.util.List;

import org.carefeed.platform.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A provider in the directory, with the events about it still to be published. Field names are used
 * in queries, hence the constants.
 *
 * @param nameKey       the name folded to lower case without accents, for searching
 * @param lastImportId  the import that last changed it
 * @param fairScore     a copy of its fair score from its figures, so search can order by it; null
 *                      while it has none (see {@link ProviderRanking})
 * @param fairScoreAsOf when the figures it was copied from were computed
 */
@Document(Provider.COLLECTION)
@CompoundIndex(name = "open_by_name", def = "{'status': 1, 'nameKey': 1, '_id': 1}")
@CompoundIndex(name = "type_by_name", def = "{'entry.type': 1, 'status': 1, 'nameKey': 1, '_id': 1}")
@CompoundIndex(name = "position", def = "{'entry.location.latitude': 1, 'entry.location.longitude': 1}")
@CompoundIndex(name = "postcode", def = "{'entry.address.postcode': 1}")
@CompoundIndex(name = "parent", def = "{'entry.parentCode': 1}")
@CompoundIndex(name = "open_by_score", def = "{'status': 1, 'fairScore': -1, 'nameKey': 1, '_id': 1}")
record Provider(
        @Id String code,
        DirectoryEntry entry,
        String status,
        String nameKey,
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

    boolean isOpen() {
        return OPEN.equals(status);
    }
}
