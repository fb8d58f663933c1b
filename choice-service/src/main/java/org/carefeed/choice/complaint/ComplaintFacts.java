package org.carefeed.choice.complaint;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** What other features may know of the complaints: only dates, for the figures. */
@Service
public class ComplaintFacts {

    private final MongoTemplate mongo;

    ComplaintFacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The timeline of one complaint.
     *
     * @param acknowledgementDueBy the last day (England) to acknowledge it
     * @param acknowledgedAt       null until acknowledged
     * @param resolvedAt           null unless resolved
     * @param closedAt             null unless closed without a resolution
     * @param closedReason         why it was closed so; null unless closed, or closed before reasons were given
     */
    public record ComplaintTimes(String reference, String providerCode, Instant receivedAt,
            LocalDate acknowledgementDueBy, Instant acknowledgedAt, Instant resolvedAt, Instant closedAt,
            String closedReason) {
    }

    public Optional<ComplaintTimes> of(String reference) {
        return times(Query.query(where("_id").is(reference))).findFirst();
    }

    /** The provider's complaints. */
    public List<ComplaintTimes> ofProvider(String providerCode) {
        try (Stream<ComplaintTimes> complaints = times(Query.query(where(Complaint.PROVIDER_CODE).is(providerCode)))) {
            return complaints.toList();
        }
    }

    /** The complaints of these providers, read as a stream from the database rather than held at once. */
    public void forEachOf(Collection<String> providerCodes, Consumer<ComplaintTimes> action) {
        try (Stream<ComplaintTimes> complaints = times(Query.query(where(Complaint.PROVIDER_CODE).in(providerCodes)))) {
            complaints.forEach(action);
        }
    }

    /** Every complaint, one provider's after another's (by code), read as a stream. */
    public void forEachByProvider(Consumer<ComplaintTimes> action) {
        Query all = new Query().with(Sort.by(Complaint.PROVIDER_CODE, Complaint.RECEIVED_AT));
        try (Stream<ComplaintTimes> complaints = times(all)) {
            complaints.forEach(action);
        }
    }

    /** Every complaint, read as a stream from the database rather than held at once. */
    public void forEach(Consumer<ComplaintTimes> action) {
        try (Stream<ComplaintTimes> complaints = times(new Query())) {
            complaints.forEach(action);
        }
    }

    private Stream<ComplaintTimes> times(Query query) {
        return mongo.stream(query, Complaint.class)
                .map(c -> new ComplaintTimes(c.reference(), c.providerCode(), c.receivedAt(),
                        LocalDate.parse(c.acknowledgementDueBy()), c.acknowledgedAt(), c.resolvedAt(), c.closedAt(),
                        c.closedReason()));
    }
}
