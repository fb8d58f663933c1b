package org.carefeed.feedback.review;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.carefeed.events.CarefeedEvent;
import org.carefeed.events.EncodedEvent;
import org.carefeed.events.EventCodec;
import org.carefeed.events.ReviewOutcome;
import org.carefeed.events.ReviewPublished;
import org.carefeed.events.ReviewTakenDown;
import org.carefeed.events.Topics;
import org.carefeed.feedback.moderation.ContentFlag;
import org.carefeed.feedback.moderation.ModerationReason;
import org.carefeed.feedback.moderation.Redactor;
import org.carefeed.feedback.safeguarding.SafeguardingConcern;
import org.carefeed.platform.outbox.OutboxMessage;
import org.carefeed.platform.web.Conflict;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A patient's review of one provider: what they wrote (for moderators only), the redacted public
 * version, where it is in its lifecycle, its reports, the provider's response, the audit trail of
 * every change, and the events about it that still have to reach Kafka. The events live in this
 * document so that changing the review and recording its event is one write.
 *
 * <p>Every change goes through a method here that checks the current status first, so an impossible
 * transition (publishing a withdrawn review, say) is refused as a conflict, whoever asks.
 *
 * <p>Each change to what is public sends the review's whole public state, keyed by the review, on the
 * compacted reviews topic. When the review stops being public, or is rejected, its words are erased
 * here and a tombstone on its key erases them from the topics; what happened is counted by a
 * text-free outcome event that outlives it.
 */
@Document("reviews")
// The provider's staff list its reviews newest first, in every status or in one (with the counts and
// response figures of one status).
@CompoundIndex(name = "provider_newest_first", def = "{'providerCode': 1, 'submittedAt': -1, '_id': -1}")
@CompoundIndex(name = "provider_status_newest_first",
        def = "{'providerCode': 1, 'status': 1, 'submittedAt': -1, '_id': -1}")
// The moderation queue, oldest first, and its length.
@CompoundIndex(name = "moderation_queue", def = "{'queuedAt': 1, '_id': 1}")
// The nightly retention purge: published reviews whose originals or whole text are due to go.
@CompoundIndex(name = "published_before", def = "{'status': 1, 'publishedAt': 1, 'originalErasedAt': 1}")
// Open safeguarding concerns, longest open first, of one provider or of all; only reviews that ever had one.
@CompoundIndex(name = "concerns_of_provider", partialFilter = "{'safeguarding': {$exists: true}}",
        def = "{'providerCode': 1, 'safeguarding.raisedAt': 1, 'safeguarding.resolvedAt': 1}")
@CompoundIndex(name = "concerns", partialFilter = "{'safeguarding': {$exists: true}}",
        def = "{'safeguarding.raisedAt': 1, 'safeguarding.resolvedAt': 1}")
// The start-up migration's search for reviews stored under earlier rules.
@CompoundIndex(name = "rules_version", def = "{'rules': 1}")
class Review {

    static final int MAX_TITLE_LENGTH = 120;
    static final int MIN_TEXT_LENGTH = 20;
    static final int MAX_TEXT_LENGTH = 5000;
    static final int MAX_SERVICE_NAME_LENGTH = 100;
    static final int MAX_DISPLAY_NAME_LENGTH = 50;
    static final String ANONYMOUS = "Anonymous";
    /** Visits older than this many months are too old to review. */
    static final int MAX_VISIT_AGE_MONTHS = 24;
    /** Reports kept per review; any beyond are only counted, so a flood of reports cannot grow it forever. */
    static final int MAX_REPORTS_KEPT = 50;

    static final int RULES_V2 = 2;
    /** Why a review held for a safeguarding concern left public view, on its tombstone. */
    static final String HELD = "held";
    static final String AUTHOR = "author";
    static final String SYSTEM = "system";
    static final String PUBLIC = "public";

    @Id
    private String id;
    private String providerCode;
    private String serviceName;
    private int rating;
    private String title;
    private String text;
    private String visitMonth;
    private String authorRole;
    private String displayName;
    private Instant submittedAt;
    @Indexed(unique = true)
    private String authorKeyHash;

    private ReviewStatus status;
    private Set<String> flags = new TreeSet<>();
    private String publicTitle;
    private String publicText;
    private String publicServiceName;
    private String publicDisplayName;
    private Instant publishedAt;
    /** Since when the review waits in the moderation queue; null when it does not. */
    private Instant queuedAt;
    private List<Report> reports = new ArrayList<>();
    private int reportCount;
    private Response response;
    private List<AuditEntry> audit = new ArrayList<>();
    /** When the author's original words were erased, while the public version stays; null before. */
    private Instant originalErasedAt;
    /** When every word of the review was erased; null while it has words. */
    private Instant wordsErasedAt;
    /**
     * Which rules the review was last brought under: {@link #RULES_V2} for everything since the reviews
     * topic was keyed by review; absent on reviews stored before, which {@link ReviewsV2Migration} updates.
     */
    private Integer rules;
    /** The latest safeguarding concern raised on it, open or resolved; null if none ever was. */
    private SafeguardingConcern safeguarding;
    /** Events about this review so far; the next event carries one more. */
    private int revision;
    private List<OutboxMessage> outbox = new ArrayList<>();
    @Version
    private Long version;

    Review() {
        // for the MongoDB mapping
    }

    static Review submitted(SubmitReviewRequest request, String authorKeyHash, Instant now) {
        Review review = new Review();
        review.id = UUID.randomUUID().toString();
        review.providerCode = request.providerCode();
        review.serviceName = request.serviceName();
        review.rating = request.rating();
        review.title = request.title();
        review.text = request.text();
        review.visitMonth = request.visitMonth();
        review.authorRole = request.authorRole();
        review.displayName = request.displayName() == null ? ANONYMOUS : request.displayName();
        review.submittedAt = now;
        review.authorKeyHash = authorKeyHash;
        review.rules = RULES_V2;
        review.audit("submitted", AUTHOR, now, null, null);
        return review;
    }

    /**
     * The automatic checks' outcome: the public version is the redacted one; unflagged reviews are
     * published at once when the policy allows it, everything else waits for a moderator.
     */
    void screen(Set<ContentFlag> raised, boolean publishUnflagged, Redactor redactor, EventCodec codec, Instant now) {
        outcome(ReviewOutcome.RECEIVED, null, codec, now);
        raised.forEach(flag -> flags.add(flag.apiName()));
        publicTitle = redactor.redact(title);
        publicText = redactor.redact(text);
        publicServiceName = redactor.redact(serviceName);
        publicDisplayName = redactor.redact(displayName);
        if (publishUnflagged && raised.isEmpty()) {
            publish(SYSTEM, now, codec);
        } else {
            status = ReviewStatus.AWAITING_MODERATION;
            queuedAt = now;
            audit("queued-for-moderation", SYSTEM, now, null, raised.isEmpty() ? null : "flags: " + String.join(", ", flags));
        }
    }

    /** A moderator publishes a waiting review, optionally with title or text they edited (redacted again). */
    void approve(String moderator, String editedTitle, String editedText, Redactor redactor, EventCodec codec,
            Instant now) {
        require(status == ReviewStatus.AWAITING_MODERATION, "decision", "Only a review awaiting moderation can be published.");
        require(safeguarding == null || !safeguarding.open(), "decision",
                "This review is held for a safeguarding concern: it can be published once the concern is closed.");
        if (editedTitle != null || editedText != null) {
            // The trail says what was edited and by whom, never the words: they would outlive an erasure.
            audit("edited", moderator, now, null, editNote(editedTitle, editedText));
            publicTitle = editedTitle == null ? publicTitle : redactor.redact(editedTitle);
            publicText = editedText == null ? publicText : redactor.redact(editedText);
        }
        queuedAt = null;
        publish(moderator, now, codec);
    }

    /** A moderator refuses it: never public, so its words have no purpose left and are erased. */
    void reject(String moderator, ModerationReason reason, String note, EventCodec codec, Instant now) {
        require(status == ReviewStatus.AWAITING_MODERATION, "decision", "Only a review awaiting moderation can be rejected.");
        status = ReviewStatus.REJECTED;
        queuedAt = null;
        audit("rejected", moderator, now, reason.code(), note);
        endWith(ReviewOutcome.REJECTED, reason.code(), false, codec, now);
    }

    /** The author takes the review back, whether it is public yet or not. */
    void withdraw(EventCodec codec, Instant now) {
        require(status == ReviewStatus.PUBLISHED || status == ReviewStatus.AWAITING_MODERATION, "status",
                "This review is " + status.apiName() + ", so it can no longer be withdrawn.");
        boolean wasPublic = status == ReviewStatus.PUBLISHED;
        status = ReviewStatus.WITHDRAWN;
        queuedAt = null;
        audit("withdrawn", AUTHOR, now, null, null);
        endWith(ReviewOutcome.WITHDRAWN, null, wasPublic, codec, now);
    }

    /**
     * Erased on request, whatever its status: its words go from here and, through a tombstone, from the
     * topics. The trail keeps who asked, when and why. Asked again, there is nothing left to erase.
     *
     * @return the parts that still held words and were erased now
     */
    List<String> erase(String actor, String reason, EventCodec codec, Instant now) {
        List<String> erased = wordsHeld();
        if (status == ReviewStatus.ERASED) {
            return erased;
        }
        boolean wasPublic = status == ReviewStatus.PUBLISHED;
        boolean counted = wasPublic || status == ReviewStatus.AWAITING_MODERATION;
        status = ReviewStatus.ERASED;
        queuedAt = null;
        if (counted) {
            endWith(ReviewOutcome.ERASED, null, wasPublic, codec, now);
        } else {
            eraseWords(now);
        }
        // After the words and notes are gone, so the reason for the erasure stays in the trail.
        audit("erased", actor, now, null, reason);
        return erased;
    }

    /**
     * Brings a review stored before the reviews topic was keyed by review under today's rules: its
     * outcomes counted as they happened, its whole public state on the new topic if it is public, and
     * its words erased if it has already ended. Does nothing the second time.
     */
    void migrateToRulesV2(EventCodec codec) {
        if (rules != null && rules >= RULES_V2) {
            return;
        }
        // Events for the old topic not sent yet: they may hold words, and the old topic is to be deleted.
        outbox.removeIf(message -> !Topics.REVIEWS.equals(message.topic()) && !Topics.REVIEW_OUTCOMES.equals(message.topic()));
        outcome(ReviewOutcome.RECEIVED, null, codec, submittedAt);
        if (publishedAt != null) {
            outcome(ReviewOutcome.PUBLISHED, null, codec, publishedAt);
        }
        switch (status) {
            case PUBLISHED -> recordPublicState(codec, publishedAt);
            case AWAITING_MODERATION -> {
                // Still waiting: counted as received, and its words are still needed.
            }
            default -> {
                AuditEntry ended = lastAuditOf(status.apiName());
                Instant at = ended == null ? submittedAt : ended.at();
                outcome(status.apiName(), ended == null ? null : ended.reason(), codec, at);
                eraseWords(at);
            }
        }
        rules = RULES_V2;
    }

    private AuditEntry lastAuditOf(String action) {
        for (int i = audit.size() - 1; i >= 0; i--) {
            if (audit.get(i).action().equals(action)) {
                return audit.get(i);
            }
        }
        return null;
    }

    /**
     * Someone fears a person may be at risk: the review is held from publication, taken out of public
     * view if it was public (its words kept, for the safeguarding contacts), and waits in the queue.
     */
    void raiseSafeguardingConcern(String actor, String note, EventCodec codec, Instant now) {
        require(status == ReviewStatus.PUBLISHED || status == ReviewStatus.AWAITING_MODERATION, "status",
                "This review is " + status.apiName() + ": nothing of it is public or waiting to be.");
        require(safeguarding == null || !safeguarding.open(), "note", "A safeguarding concern is already open on it.");
        safeguarding = SafeguardingConcern.raised(actor, note, now);
        if (status == ReviewStatus.PUBLISHED) {
            status = ReviewStatus.AWAITING_MODERATION;
            dropUnsentPublicStates();
            recordTombstones(ReviewTakenDown.of(uuid(), ++revision, providerCode, HELD, now), codec);
        }
        queuedAt = queuedAt == null ? now : queuedAt;
        audit("safeguarding-raised", actor, now, null, null);
    }

    /** The concern is closed, with what was done; the review stays held in the queue for a moderator's decision. */
    void resolveSafeguardingConcern(String actor, String resolution, Instant now) {
        require(safeguarding != null && safeguarding.open(), "note", "No safeguarding concern is open on this review.");
        safeguarding = safeguarding.resolved(actor, resolution, now);
        audit("safeguarding-resolved", actor, now, null, null);
    }

    /** Published longer ago than public reviews are kept: out of public view, its words erased. */
    void expire(EventCodec codec, Instant now) {
        require(status == ReviewStatus.PUBLISHED, "status", "Only a published review can expire.");
        status = ReviewStatus.EXPIRED;
        queuedAt = null;
        audit("expired", SYSTEM, now, null, null);
        endWith(ReviewOutcome.EXPIRED, null, true, codec, now);
    }

    /**
     * The author's original words, kept for moderators while a decision could be questioned, are
     * erased once that time is over; the public version stays.
     */
    void eraseOriginal(Instant now) {
        if (title == null && text == null) {
            return;
        }
        title = null;
        text = null;
        serviceName = null;
        displayName = null;
        originalErasedAt = now;
        audit("original-erased", SYSTEM, now, null, null);
    }

    /**
     * Anyone reports the published review; it stays public, and goes back to the moderators' queue.
     * The trail records its return to the queue, once; the reports themselves are kept (up to a limit)
     * in the reports list, so a flood of reports cannot grow the document without end.
     */
    void report(String reason, String detail, Instant now) {
        require(status == ReviewStatus.PUBLISHED, "status", "Only a published review can be reported.");
        reportCount++;
        if (reports.size() < MAX_REPORTS_KEPT) {
            reports.add(new Report(now, reason, detail, null));
        }
        if (queuedAt == null) {
            queuedAt = now;
            audit("reported", PUBLIC, now, reason, "back in the moderation queue");
        }
    }

    /** A moderator finds the reports unfounded: the review stays public and leaves the queue. */
    void dismissReports(String moderator, String note, Instant now) {
        requireReported();
        reports.replaceAll(report -> report.decided(Report.DISMISSED));
        queuedAt = null;
        audit("reports-dismissed", moderator, now, null, note);
    }

    /** A moderator upholds the reports: the review is taken down for good. */
    void remove(String moderator, ModerationReason reason, String note, EventCodec codec, Instant now) {
        requireReported();
        reports.replaceAll(report -> report.decided(Report.UPHELD));
        status = ReviewStatus.REMOVED;
        queuedAt = null;
        audit("removed", moderator, now, reason.code(), note);
        endWith(ReviewOutcome.REMOVED, reason.code(), true, codec, now);
    }

    /**
     * Staff publish the provider's one response, or edit it within {@code editWindow} of first
     * publishing it. Redacted like reviews.
     */
    void respond(String staff, String accountId, String organisation, String responseText, Duration editWindow,
            Redactor redactor, EventCodec codec, Instant now) {
        require(status == ReviewStatus.PUBLISHED, "status", "Only a published review can be answered.");
        Instant firstPublished = now;
        Instant edited = null;
        if (response != null) {
            require(now.isBefore(response.firstPublishedAt().plus(editWindow)), "text",
                    "The response can only be edited for " + editWindow.toMinutes() + " minutes after it was published.");
            firstPublished = response.firstPublishedAt();
            edited = now;
        }
        response = new Response(responseText, redactor.redact(responseText), accountId, organisation, firstPublished,
                edited);
        audit(edited == null ? "response-published" : "response-edited", staff, now, null, null);
        recordPublicState(codec, now);
    }

    private void publish(String actor, Instant now, EventCodec codec) {
        status = ReviewStatus.PUBLISHED;
        publishedAt = now;
        audit("published", actor, now, null, null);
        outcome(ReviewOutcome.PUBLISHED, null, codec, now);
        recordPublicState(codec, now);
    }

    /** The whole public state, review and response: on a compacted topic only the latest record of it is kept. */
    private void recordPublicState(EventCodec codec, Instant now) {
        ReviewPublished.Response publicResponse = response == null ? null : new ReviewPublished.Response(
                response.publicText(), response.responderName(), response.firstPublishedAt(), response.lastEditedAt());
        record(ReviewPublished.of(uuid(), ++revision, providerCode, new ReviewPublished.Content(rating, publicTitle,
                publicText, publicServiceName, visitMonth, authorRole, publicDisplayName), publishedAt, publicResponse,
                now), codec);
    }

    /**
     * The end of the review's life with words: counted, taken down from the topics if it was public
     * (a tombstone on its key, in the topic and its dead-letter topic), and every word erased.
     */
    private void endWith(String outcome, String reason, boolean wasPublic, EventCodec codec, Instant now) {
        dropUnsentPublicStates();
        if (wasPublic) {
            recordTombstones(ReviewTakenDown.of(uuid(), ++revision, providerCode, outcome, now), codec);
        }
        outcome(outcome, reason, codec, now);
        eraseWords(now);
    }

    /** Public states not sent yet carry the words, and the tombstone that follows supersedes them. */
    private void dropUnsentPublicStates() {
        outbox.removeIf(message -> Topics.REVIEWS.equals(message.topic()) && message.value() != null);
    }

    private void recordTombstones(ReviewTakenDown takenDown, EventCodec codec) {
        List<EncodedEvent> tombstones = takenDown.encode(codec.source());
        for (int i = 0; i < tombstones.size(); i++) {
            // One outbox entry per topic, each with an id of its own: the relay removes entries by id.
            outbox.add(OutboxMessage.of(takenDown.eventId() + "/" + i, tombstones.get(i)));
        }
    }

    private void outcome(String outcome, String reason, EventCodec codec, Instant now) {
        record(ReviewOutcome.of(uuid(), providerCode, outcome, reason, now), codec);
    }

    /** Which parts of the review still hold someone's words. */
    private List<String> wordsHeld() {
        List<String> held = new ArrayList<>();
        if (title != null || text != null || displayName != null || serviceName != null) {
            held.add("original");
        }
        if (publicTitle != null || publicText != null || publicDisplayName != null || publicServiceName != null) {
            held.add("public version");
        }
        if (response != null && (response.text() != null || response.publicText() != null)) {
            held.add("provider response");
        }
        if (reports.stream().anyMatch(report -> report.detail() != null)) {
            held.add("report details");
        }
        return held;
    }

    /**
     * Every word of the review, original and public, and of the response and reports about it. What is
     * left is its rating, visit month, dates and trail of who did what: enough to count, nothing to read.
     */
    private void eraseWords(Instant now) {
        title = null;
        text = null;
        serviceName = null;
        displayName = null;
        publicTitle = null;
        publicText = null;
        publicServiceName = null;
        publicDisplayName = null;
        if (response != null) {
            response = response.withoutWords();
        }
        reports.replaceAll(Report::withoutDetail);
        // Notes are moderators' and staff's words, but they may quote the review: who, when, what and
        // the reason code stay; the note says only that there was one.
        audit.replaceAll(AuditEntry::withoutNote);
        if (safeguarding != null) {
            safeguarding = safeguarding.withoutNotes();
        }
        wordsErasedAt = now;
    }

    private void requireReported() {
        require(status == ReviewStatus.PUBLISHED && queuedAt != null, "decision",
                "Only a published review that was reported can be removed or kept after reports.");
    }

    private static void require(boolean allowed, String field, String detail) {
        if (!allowed) {
            throw new Conflict(field, detail);
        }
    }

    /** Which parts a moderator's edit changed, by their lengths. */
    private String editNote(String editedTitle, String editedText) {
        List<String> parts = new ArrayList<>();
        if (editedTitle != null) {
            parts.add("title (" + length(publicTitle) + " to " + editedTitle.length() + " characters)");
        }
        if (editedText != null) {
            parts.add("text (" + length(publicText) + " to " + editedText.length() + " characters)");
        }
        return "edited the " + String.join(" and the ", parts);
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private void audit(String action, String actor, Instant at, String reason, String note) {
        audit.add(new AuditEntry(at, actor, action, status == null ? "submitted" : status.apiName(), reason, note));
    }

    private void record(CarefeedEvent event, EventCodec codec) {
        outbox.add(OutboxMessage.of(event, codec));
    }

    private UUID uuid() {
        return UUID.fromString(id);
    }

    String id() { return id; }
    String providerCode() { return providerCode; }
    String serviceName() { return serviceName; }
    int rating() { return rating; }
    String title() { return title; }
    String text() { return text; }
    String visitMonth() { return visitMonth; }
    String authorRole() { return authorRole; }
    String displayName() { return displayName; }
    Instant submittedAt() { return submittedAt; }
    ReviewStatus status() { return status; }
    Set<String> flags() { return Set.copyOf(flags); }
    String publicTitle() { return publicTitle; }
    String publicText() { return publicText; }
    String publicServiceName() { return publicServiceName; }
    String publicDisplayName() { return publicDisplayName; }
    Instant publishedAt() { return publishedAt; }
    Instant queuedAt() { return queuedAt; }
    List<Report> reports() { return List.copyOf(reports); }
    int reportCount() { return reportCount; }
    Response response() { return response; }
    List<AuditEntry> audit() { return List.copyOf(audit); }
    Instant originalErasedAt() { return originalErasedAt; }
    Instant wordsErasedAt() { return wordsErasedAt; }
    List<OutboxMessage> outbox() { return List.copyOf(outbox); }
    SafeguardingConcern safeguarding() { return safeguarding; }
}
