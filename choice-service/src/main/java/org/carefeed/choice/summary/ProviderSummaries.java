package org.carefeed.choice.summary;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.carefeed.choice.change.ChangeNotice;
import org.carefeed.choice.change.ChangeNotices;
import org.carefeed.choice.opendata.DataVersions;
import org.carefeed.choice.review.OutcomeCounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Computes each provider's figures from its counters, stores them and serves them. */
@Service
public class ProviderSummaries {

    private final MongoTemplate mongo;
    private final TallyLedger ledger;
    private final RatingProperties ratings;
    private final ComplaintFigureProperties complaintFigures;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ChangeNotices notices;
    private final DataVersions versions;

    ProviderSummaries(MongoTemplate mongo, TallyLedger ledger, RatingProperties ratings,
            ComplaintFigureProperties complaintFigures, Clock clock, ApplicationEventPublisher events,
            ChangeNotices notices, DataVersions versions) {
        this.mongo = mongo;
        this.ledger = ledger;
        this.ratings = ratings;
        this.complaintFigures = complaintFigures;
        this.clock = clock;
        this.events = events;
        this.notices = notices;
        this.versions = versions;
    }

    /**
     * A provider's figures, as served.
     *
     * @param reviewOutcomes what came of every review received, since records began
     */
    public record Figures(ReviewFigures reviews, ComplaintFigures complaints, OutcomeCounts reviewOutcomes) {
    }

    /** Every given code, with the figures of no feedback for those that have none yet. */
    public Map<String, Figures> of(Collection<String> codes) {
        Map<String, ProviderSummary> stored = mongo.find(query(where("_id").in(codes)), ProviderSummary.class).stream()
                .collect(Collectors.toMap(ProviderSummary::providerCode, Function.identity()));
        LocalDate today = Windows.dayOf(clock.instant());
        return codes.stream().distinct().collect(Collectors.toMap(Function.identity(), code -> {
            ProviderSummary summary = stored.get(code);
            // No feedback yet: the figures of none, with the same windows and reasons as any other.
            return summary == null ? figures(Counters.NONE, today)
                    : new Figures(summary.reviews(), summary.complaints(),
                            summary.reviewOutcomes() == null ? OutcomeCounts.NONE : summary.reviewOutcomes());
        }));
    }

    public Figures of(String code) {
        return of(Set.of(code)).get(code);
    }

    /** Recomputes one provider's figures from its counters, as of today, and stores them. */
    public void refresh(String providerCode) {
        Instant computedAt = clock.instant();
        Counters counters = ledger.read(providerCode);
        Figures figures = figures(counters, Windows.dayOf(computedAt));
        Update whole = new Update()
                .set(ProviderSummary.COMPUTED_AT, computedAt)
                .set(ProviderSummary.COUNTERS_VERSION, counters.version())
                .set("reviews", figures.reviews())
                .set("complaints", figures.complaints())
                .set("reviewOutcomes", figures.reviewOutcomes());
        try {
            // Never over figures of later counters: two instances that counted two reviews of one
            // provider at once may store their figures in either order.
            mongo.upsert(query(where("_id").is(providerCode))
                    .addCriteria(where(ProviderSummary.COUNTERS_VERSION).not().gt(counters.version())),
                    whole, ProviderSummary.class);
        } catch (DuplicateKeyException laterStored) {
            // The later figures' writer announces them.
            return;
        }
        events.publishEvent(new ProviderSummaryChanged(providerCode, figures.reviews().fairScore(), computedAt));
        // After the figures and the directory's copy of the score (its listeners run in this thread) have
        // landed (see DataVersions); a crash before this line is healed by the event's redelivery, or the
        // nightly refresh, which store the figures again and come here.
        versions.bump(DataVersions.figures(providerCode), DataVersions.ALL_FIGURES);
        notices.announce(ChangeNotice.FIGURES, providerCode);
    }

    Figures figures(Counters counters, LocalDate today) {
        return new Figures(ReviewFigures.of(counters, ratings, Windows.since(today, ratings.window())),
                ComplaintFigures.of(counters, complaintFigures, today, Windows.since(today, complaintFigures.window())),
                OutcomeCounts.of(counters.outcomes()));
    }

    /** The first days of the review and complaint windows that end {@code today}. */
    LocalDate reviewsSince(LocalDate today) {
        return Windows.since(today, ratings.window());
    }

    LocalDate complaintsSince(LocalDate today) {
        return Windows.since(today, complaintFigures.window());
    }
}
