package org.carefeed.feedback.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.carefeed.events.ComplaintClosure;
import org.carefeed.events.ComplaintStatusChanged;
import org.carefeed.platform.web.FieldProblem;
import org.carefeed.events.EventCodec;
import org.carefeed.feedback.safeguarding.SafeguardingConcern;
import org.carefeed.platform.outbox.OutboxMessage;
import org.carefeed.platform.web.Conflict;
import org.carefeed.platform.web.InvalidRequest;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A patient's complaint about a provider: what they wrote and how to reach them (private to the
 * provider's staff), its place in the workflow, the timeline of every change, and the status events
 * still to reach Kafka, which carry none of the private fields.
 */
@Document("complaints")
// The provider's staff list its complaints newest first, in every status or in one, or only those whose
// acknowledgement is overdue (received, due before today); the counts by status and overdue too.
@CompoundIndex(name = "provider_newest_first", def = "{'providerCode': 1, 'receivedAt': -1, '_id': -1}")
@CompoundIndex(name = "provider_status_newest_first",
        def = "{'providerCode': 1, 'status': 1, 'receivedAt': -1, '_id': -1, 'acknowledgementDueBy': 1}")
// Open safeguarding concerns, longest open first, of one provider or of all; only complaints that ever had one.
@CompoundIndex(name = "concerns_of_provider", partialFilter = "{'safeguarding': {$exists: true}}",
        def = "{'providerCode': 1, 'safeguarding.raisedAt': 1, 'safeguarding.resolvedAt': 1}")
@CompoundIndex(name = "concerns", partialFilter = "{'safeguarding': {$exists: true}}",
        def = "{'safeguarding.raisedAt': 1, 'safeguarding.resolvedAt': 1}")
// The nightly retention purge: complaints resolved, or closed, long ago that still hold their details.
@CompoundIndex(name = "details_kept_resolved", def = "{'resolvedAt': 1}",
        partialFilter = "{'description': {$exists: true}}")
@CompoundIndex(name = "details_kept_closed", def = "{'closedAt': 1}",
        partialFilter = "{'description': {$exists: true}}")
class Complaint {

    static final String CATEGORIES = "staff|access|delays|treatment|communication|cleanliness|equipment|medicines|"
            + "dignity|parking|lost-property|food|other";
    static final String CATEGORY_LIST = "staff, access, delays, treatment, communication, cleanliness, equipment, "
            + "medicines, dignity, parking, lost-property, food or other";
    static final String COMPLAINANT = "complainant";

    @Id
    private String reference;
    private String providerCode;
    private String category;
    private String description;
    private String desiredOutcome;
    private boolean happeningNow;
    private String contactName;
    private String email;
    private String phone;
    private String preferredContact;
    private Instant receivedAt;
    private LocalDate acknowledgementDueBy;
    @Indexed(unique = true)
    private String trackingKeyHash;

    private ComplaintStatus status;
    private Instant acknowledgedAt;
    private Instant resolvedAt;
    private Instant closedAt;
    /** Why it was closed without a resolution: a {@link ComplaintClosure} API name; null unless closed. */
    private String closedReason;
    private String outcomeSummary;
    private List<StatusChange> timeline = new ArrayList<>();
    /** Events about this complaint so far; the next event carries one more. */
    private int revision;
    private List<OutboxMessage> outbox = new ArrayList<>();
    /** The latest safeguarding concern raised on it, open or resolved; null if none ever was. */
    private SafeguardingConcern safeguarding;
    /** When the complainant's words and contact details were erased (on request or by retention); null before. */
    private Instant detailsErasedAt;
    @Version
    private Long version;

    Complaint() {
        // for the MongoDB mapping
    }

    static Complaint received(String reference, SubmitComplaintRequest request, String trackingKeyHash,
            Instant now, LocalDate acknowledgementDueBy, EventCodec codec) {
        Complaint complaint = new Complaint();
        complaint.reference = reference;
        complaint.providerCode = request.providerCode();
        complaint.category = request.category();
        complaint.description = request.description();
        complaint.desiredOutcome = request.desiredOutcome();
        complaint.happeningNow = request.happeningNow();
        complaint.contactName = request.contactName();
        complaint.email = request.email();
        complaint.phone = request.phone();
        complaint.preferredContact = request.preferredContact();
        complaint.receivedAt = now;
        complaint.acknowledgementDueBy = acknowledgementDueBy;
        complaint.trackingKeyHash = trackingKeyHash;
        complaint.moveTo(ComplaintStatus.RECEIVED, COMPLAINANT, null, now, codec);
        return complaint;
    }

    /**
     * Staff move the complaint on. Only the workflow's next steps are allowed; resolving needs a summary
     * of the outcome; closing without a resolution needs a reason from the fixed list and a note, so a
     * closure is never silent (the reason is public, counted in the provider's figures; the note is not).
     */
    void changeStatus(ComplaintStatus next, String staff, String note, String outcome, ComplaintClosure reason,
            Instant now, EventCodec codec) {
        if (!status.next().contains(next)) {
            throw new Conflict("status", "A " + status.apiName() + " complaint cannot become " + next.apiName() + "."
                    + (status.next().isEmpty() ? " It is final." : ""));
        }
        if (reason != null && next != ComplaintStatus.CLOSED) {
            throw InvalidRequest.field("closedReason", "applies only when closing a complaint");
        }
        if (next == ComplaintStatus.CLOSED) {
            List<FieldProblem> missing = new ArrayList<>();
            if (reason == null) {
                missing.add(new FieldProblem("closedReason", "choose why it is closed without a resolution: "
                        + ComplaintClosure.API_NAMES));
            }
            if (note == null) {
                missing.add(new FieldProblem("note", "say in a note why it is closed without a resolution"));
            }
            if (!missing.isEmpty()) {
                throw new InvalidRequest(InvalidRequest.FIELDS, missing);
            }
            closedReason = reason.apiName();
        }
        if (next == ComplaintStatus.RESOLVED) {
            if (outcome == null) {
                throw InvalidRequest.field("outcomeSummary", "summarise the outcome to resolve the complaint");
            }
            outcomeSummary = outcome;
        }
        switch (next) {
            case ACKNOWLEDGED -> acknowledgedAt = now;
            case RESOLVED -> resolvedAt = now;
            case CLOSED -> closedAt = now;
            default -> {
                // investigating has no timestamp of its own beyond the timeline
            }
        }
        moveTo(next, staff, note, now, codec);
    }

    private void moveTo(ComplaintStatus next, String actor, String note, Instant now, EventCodec codec) {
        status = next;
        timeline.add(new StatusChange(next.apiName(), now, actor, note));
        outbox.add(OutboxMessage.of(ComplaintStatusChanged.of(reference, ++revision, providerCode, category,
                next.apiName(), receivedAt, acknowledgementDueBy, acknowledgedAt, resolvedAt, closedAt, closedReason,
                now), codec));
    }

    /**
     * Erases what the complainant wrote and how to reach them, on request; how the complaint was handled
     * stays, with who asked for the erasure, when and why.
     *
     * @return the parts that still held them and were erased now
     */
    List<String> eraseDetails(String actor, String reason, Instant now) {
        List<String> erased = new ArrayList<>();
        if (description != null || desiredOutcome != null) {
            erased.add("description");
        }
        if (contactName != null || email != null || phone != null || preferredContact != null) {
            erased.add("contact details");
        }
        if (outcomeSummary != null || timeline.stream().anyMatch(step -> step.note() != null)) {
            erased.add("notes");
        }
        description = null;
        desiredOutcome = null;
        contactName = null;
        email = null;
        phone = null;
        preferredContact = null;
        // Staff's notes and the outcome summary may repeat the complainant's words or details.
        outcomeSummary = outcomeSummary == null ? null : StatusChange.NOTE_ERASED;
        timeline.replaceAll(StatusChange::withoutNote);
        if (safeguarding != null) {
            safeguarding = safeguarding.withoutNotes();
        }
        if (!erased.isEmpty()) {
            detailsErasedAt = now;
        }
        timeline.add(new StatusChange(status.apiName(), now, actor, "details erased on request: " + reason));
        return erased;
    }

    /** Staff fear someone may be at risk: listed for the provider's safeguarding contacts and the moderators. */
    void raiseSafeguardingConcern(String actor, String note, Instant now) {
        if (safeguarding != null && safeguarding.open()) {
            throw new Conflict("note", "A safeguarding concern is already open on this complaint.");
        }
        safeguarding = SafeguardingConcern.raised(actor, note, now);
        timeline.add(new StatusChange(status.apiName(), now, actor, "safeguarding concern raised"));
    }

    void resolveSafeguardingConcern(String actor, String resolution, Instant now) {
        if (safeguarding == null || !safeguarding.open()) {
            throw new Conflict("note", "No safeguarding concern is open on this complaint.");
        }
        safeguarding = safeguarding.resolved(actor, resolution, now);
        timeline.add(new StatusChange(status.apiName(), now, actor, "safeguarding concern closed"));
    }

    /** Not acknowledged, and the last day to acknowledge it has passed. */
    boolean acknowledgementOverdue(LocalDate today) {
        return status == ComplaintStatus.RECEIVED && today.isAfter(acknowledgementDueBy);
    }

    String reference() { return reference; }
    String providerCode() { return providerCode; }
    String category() { return category; }
    String description() { return description; }
    String desiredOutcome() { return desiredOutcome; }
    boolean happeningNow() { return happeningNow; }
    String contactName() { return contactName; }
    String email() { return email; }
    String phone() { return phone; }
    String preferredContact() { return preferredContact; }
    Instant receivedAt() { return receivedAt; }
    LocalDate acknowledgementDueBy() { return acknowledgementDueBy; }
    ComplaintStatus status() { return status; }
    Instant acknowledgedAt() { return acknowledgedAt; }
    Instant resolvedAt() { return resolvedAt; }
    Instant closedAt() { return closedAt; }
    String closedReason() { return closedReason; }
    String outcomeSummary() { return outcomeSummary; }
    List<StatusChange> timeline() { return List.copyOf(timeline); }
    Instant detailsErasedAt() { return detailsErasedAt; }
    SafeguardingConcern safeguarding() { return safeguarding; }
}
