package org.carefeed.choice.complaint;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** What other features may know of a provider's complaints: only dates, for the figures. */
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
    public record ComplaintTimes(Instant receivedAt, LocalDate acknowledgementDueBy, Instant acknowledgedAt,
            Instant resolvedAt, Instant closedAt, String closedReason) {
    }

    /** The provider's complaints received at or after {@code from}. */
    public List<ComplaintTimes> receivedSince(String providerCode, Instant from) {
        Query query = Query.query(where(Complaint.PROVIDER_CODE).is(providerCode).and(Complaint.RECEIVED_AT).gte(from));
        return mongo.find(query, Complaint.class).stream()
                .map(c -> new ComplaintTimes(c.receivedAt(), LocalDate.parse(c.acknowledgementDueBy()),
                        c.acknowledgedAt(), c.resolvedAt(), c.closedAt(), c.closedReason()))
                .toList();
    }

    /** Every provider that has, or had, a complaint here. */
    public Set<String> providerCodes() {
        return new TreeSet<>(mongo.findDistinct(new Query(), Complaint.PROVIDER_CODE, Complaint.class, String.class));
    }
}
