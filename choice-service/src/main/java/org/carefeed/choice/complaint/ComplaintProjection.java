package org.carefeed.choice.complaint;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.carefeed.events.ComplaintStatusChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps each complaint's state of the highest revision seen. Every event carries the whole public
 * state, so a newer one simply replaces what is stored, and an older or repeated one changes nothing.
 */
@Component
class ComplaintProjection {

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;

    ComplaintProjection(MongoTemplate mongo, ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.events = events;
    }

    void apply(ComplaintStatusChanged event) {
        Update state = new Update()
                .set(Complaint.PROVIDER_CODE, event.providerId())
                .set(Complaint.REVISION, event.revision())
                .set("category", event.category())
                .set("status", event.status())
                .set(Complaint.RECEIVED_AT, event.receivedAt())
                .set("acknowledgementDueBy", event.acknowledgementDueBy().toString())
                .set("acknowledgedAt", event.acknowledgedAt())
                .set("resolvedAt", event.resolvedAt())
                .set("closedAt", event.closedAt())
                .set("closedReason", event.closedReason())
                .set("changedAt", event.occurredAt());
        try {
            mongo.upsert(query(where("_id").is(event.reference()))
                    .addCriteria(where(Complaint.REVISION).not().gte(event.revision())), state, Complaint.class);
        } catch (DuplicateKeyException sameOrNewerStored) {
            // The filter missed because the stored revision is this one or newer, so the upsert tried to
            // insert the same reference again: there is nothing to do.
        }
        events.publishEvent(new ComplaintsChanged(event.providerId(), event.reference()));
    }
}
