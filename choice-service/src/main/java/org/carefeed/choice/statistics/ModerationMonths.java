package org.carefeed.choice.statistics;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.bson.Document;
import org.carefeed.choice.change.ChangeNotice;
import org.carefeed.choice.change.ChangeNotices;
import org.carefeed.choice.review.ReviewFacts;
import org.carefeed.choice.review.ReviewFacts.TimedOutcome;
import org.carefeed.choice.review.ReviewOutcomeRecorded;
import org.carefeed.choice.summary.Windows;
import org.carefeed.events.ReviewOutcome;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The moderation counts of each month ({@code moderation_months}, one document a month), kept as a cache
 * of a count of {@code review_outcomes} rather than added up event by event.
 *
 * <p>An outcome recorded only marks its month changed (moves the month's {@code version} on); the month is
 * counted again from the outcomes of that month when it is next read, and stored with the version it was
 * counted at, unless another outcome moved the version on meanwhile. So a redelivered event, which the
 * outcomes collection already holds once, can never be counted twice, and counts never drift: they are
 * always a fresh count of one month's outcomes, read through the index on {@code occurredAt}. A busy
 * month is counted at most once per read however many events arrived, and at most once per
 * {@link StatisticsProperties#recountInterval()} however many read it (serving meanwhile what it counted
 * last); a reader never holds more than one month's counts (a few hundred numbers) at once.
 */
@Component
class ModerationMonths {

    static final String COLLECTION = "moderation_months";

    private static final String VERSION = "version";
    private static final String COUNTED_VERSION = "countedVersion";
    private static final String COUNTED_AT = "countedAt";
    private static final String COUNTS = "counts";
    private static final String DECISION_MINUTES = "decisionMinutes";
    /** Review ids looked up at once for their submission times. */
    private static final int BATCH = 500;

    private final MongoTemplate mongo;
    private final ReviewFacts reviews;
    private final Clock clock;
    private final StatisticsProperties properties;
    private final ChangeNotices notices;

    ModerationMonths(MongoTemplate mongo, ReviewFacts reviews, Clock clock, StatisticsProperties properties,
            ChangeNotices notices) {
        this.mongo = mongo;
        this.reviews = reviews;
        this.clock = clock;
        this.properties = properties;
        this.notices = notices;
    }

    /** The month (England) an instant falls in. */
    static YearMonth monthOf(Instant instant) {
        return YearMonth.from(Windows.dayOf(instant));
    }

    /**
     * Marks the month of the outcome changed; and, for a submission, the months of the review's decisions,
     * whose time to decision it gives (it may arrive after them in a replay).
     */
    @EventListener
    void on(ReviewOutcomeRecorded recorded) {
        Set<YearMonth> changed = new TreeSet<>();
        changed.add(monthOf(recorded.occurredAt()));
        if (ReviewOutcome.RECEIVED.equals(recorded.outcome())) {
            reviews.decidedAt(recorded.reviewId()).forEach(at -> changed.add(monthOf(at)));
        }
        changed.forEach(this::markChanged);
        notices.announce(ChangeNotice.MODERATION_STATISTICS, changed.stream().map(YearMonth::toString).toList());
    }

    private void markChanged(YearMonth month) {
        Update changed = new Update().inc(VERSION, 1L);
        try {
            mongo.upsert(query(where("_id").is(month.toString())), changed, COLLECTION);
        } catch (DuplicateKeyException createdMeanwhile) {
            // Two first outcomes of a month at once: the other created it, so this one updates it.
            mongo.updateFirst(query(where("_id").is(month.toString())), changed, COLLECTION);
        }
    }

    /** The counts of each month from {@code from} to {@code to}, both included, in order. */
    Map<YearMonth, MonthCount> between(YearMonth from, YearMonth to) {
        Map<String, Document> stored = new HashMap<>();
        mongo.find(query(where("_id").gte(from.toString()).lte(to.toString())), Document.class, COLLECTION)
                .forEach(d -> stored.put(d.getString("_id"), d));
        Map<YearMonth, MonthCount> months = new LinkedHashMap<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.put(month, current(month, stored.get(month.toString())));
        }
        return months;
    }

    /** The month of the first outcome recorded, or this month before any. */
    YearMonth firstMonth() {
        return reviews.firstOutcomeAt().map(ModerationMonths::monthOf).orElseGet(this::thisMonth);
    }

    YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(Windows.LONDON));
    }

    private MonthCount current(YearMonth month, Document stored) {
        long version = stored == null ? 0 : stored.get(VERSION, Number.class).longValue();
        Number counted = stored == null ? null : stored.get(COUNTED_VERSION, Number.class);
        if (counted != null && (counted.longValue() == version || countedLately(stored))) {
            return MonthCount.of(stored.getList(COUNTS, Document.class), stored.getList(DECISION_MINUTES, Document.class));
        }
        MonthCount count = count(month);
        store(month, version, count);
        return count;
    }

    /** Counted within the recount interval: served as counted, so a busy month is not counted at every read. */
    private boolean countedLately(Document stored) {
        Date countedAt = stored.getDate(COUNTED_AT);
        return countedAt != null
                && countedAt.toInstant().plus(properties.recountInterval()).isAfter(clock.instant());
    }

    /** Counts one month's outcomes afresh. */
    private MonthCount count(YearMonth month) {
        ZoneId london = Windows.LONDON;
        Instant start = month.atDay(1).atStartOfDay(london).toInstant();
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(london).toInstant();
        MonthCount count = new MonthCount();
        List<TimedOutcome> decisions = new ArrayList<>(BATCH);
        reviews.forEachOutcomeBetween(start, end, outcome -> {
            count.count(outcome.outcome(), outcome.reason());
            if (ReviewOutcome.PUBLISHED.equals(outcome.outcome()) || ReviewOutcome.REJECTED.equals(outcome.outcome())) {
                decisions.add(outcome);
                if (decisions.size() == BATCH) {
                    timeDecisions(decisions, count);
                }
            }
        });
        timeDecisions(decisions, count);
        return count;
    }

    private void timeDecisions(List<TimedOutcome> decisions, MonthCount count) {
        Map<String, Instant> received = reviews.receivedAt(decisions.stream().map(TimedOutcome::reviewId).toList());
        decisions.forEach(decision -> {
            Instant receivedAt = received.get(decision.reviewId());
            if (receivedAt != null) {
                count.decided(receivedAt, decision.occurredAt());
            }
        });
        decisions.clear();
    }

    /** Stores a month's count, unless an outcome of the month was recorded since its version was read. */
    private void store(YearMonth month, long version, MonthCount count) {
        if (version == 0) {
            try {
                mongo.insert(new Document("_id", month.toString()).append(VERSION, 0L).append(COUNTED_VERSION, 0L)
                        .append(COUNTED_AT, clock.instant())
                        .append(COUNTS, count.countsDocument())
                        .append(DECISION_MINUTES, count.decisionMinutesDocument()), COLLECTION);
            } catch (DuplicateKeyException markedMeanwhile) {
                // An outcome of the month arrived meanwhile: the next read counts it.
            }
            return;
        }
        mongo.updateFirst(query(where("_id").is(month.toString()).and(VERSION).is(version)),
                new Update().set(COUNTED_VERSION, version).set(COUNTED_AT, clock.instant())
                        .set(COUNTS, count.countsDocument())
                        .set(DECISION_MINUTES, count.decisionMinutesDocument()), COLLECTION);
    }
}
