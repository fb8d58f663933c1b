package org.carefeed.feedback.complaint;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.carefeed.platform.mongo.NewestFirst;
import org.carefeed.platform.web.KeysetCursor;
import org.carefeed.platform.web.ListPage;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** A provider's complaints, newest first, for its staff; overdue acknowledgements can be picked out. */
@Service
public class ComplaintsOfProvider {

    private static final Pattern REFERENCES = Pattern.compile("^CF-\\d{4}-\\d{6,}$");

    private final MongoTemplate mongo;
    private final Clock clock;

    ComplaintsOfProvider(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * @param status  an API status name, or null for all
     * @param overdue true for only those whose acknowledgement is overdue
     */
    public ListPage<StaffComplaintView> page(String providerCode, String status, boolean overdue, String cursor,
            int limit) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ComplaintIntake.UK);
        Criteria filter = where("providerCode").is(providerCode);
        if (overdue) {
            filter = filter.and("status").is(ComplaintStatus.RECEIVED).and("acknowledgementDueBy").lt(today);
        } else if (status != null) {
            filter = filter.and("status").is(ComplaintStatus.fromApiName(status).orElseThrow());
        }
        long total = mongo.count(Query.query(filter), Complaint.class);
        NewestFirst.Page<Complaint> page = NewestFirst.page(mongo, Complaint.class, filter, "receivedAt",
                cursor == null ? null : KeysetCursor.decode(cursor, REFERENCES), limit,
                complaint -> new KeysetCursor(complaint.receivedAt(), complaint.reference()));
        return new ListPage<>(page.items().stream().map(complaint -> StaffComplaintView.of(complaint, today)).toList(),
                page.next(), total);
    }

    /** How many complaints are at each status, and how many acknowledgements are overdue: counted, not loaded. */
    public ComplaintCounts counts(String providerCode) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ComplaintIntake.UK);
        Map<String, Long> byStatus = new TreeMap<>();
        for (ComplaintStatus status : ComplaintStatus.values()) {
            byStatus.put(status.apiName(), mongo.count(Query.query(where("providerCode").is(providerCode)
                    .and("status").is(status)), Complaint.class));
        }
        long overdue = mongo.count(Query.query(where("providerCode").is(providerCode)
                .and("status").is(ComplaintStatus.RECEIVED).and("acknowledgementDueBy").lt(today)), Complaint.class);
        return new ComplaintCounts(byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus, overdue);
    }

    public record ComplaintCounts(long total, Map<String, Long> byStatus, long acknowledgementOverdue) {
    }
}
