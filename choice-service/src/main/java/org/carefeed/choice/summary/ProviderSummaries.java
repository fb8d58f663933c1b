package org.carefeed.choice.summary;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.carefeed.choice.complaint.ComplaintFacts;
import org.carefeed.choice.complaint.ComplaintFacts.ComplaintTimes;
import org.carefeed.choice.review.OutcomeCounts;
import org.carefeed.choice.review.ReviewFacts;
import org.carefeed.choice.review.ReviewFacts.RatedReview;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Computes, stores and serves each provider's figures. */
@Service
public class ProviderSummaries {

    private static final Logger log = LoggerFactory.getLogger(ProviderSummaries.class);

    private final MongoTemplate mongo;
    private final ReviewFacts reviews;
    private final ComplaintFacts complaints;
    private final RatingProperties ratings;
    private final ComplaintFigureProperties complaintFigures;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProviderSummaries(MongoTemplate mongo, ReviewFacts reviews, ComplaintFacts complaints, RatingProperties ratings,
            ComplaintFigureProperties complaintFigures, Clock clock, ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.reviews = reviews;
        this.complaints = complaints;
        this.ratings = ratings;
        this.complaintFigures = complaintFigures;
        this.clock = clock;
        this.events = events;
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
            return summary == null ? figures(List.of(), List.of(), OutcomeCounts.NONE, today)
                    : new Figures(summary.reviews(), summary.complaints(),
                            summary.reviewOutcomes() == null ? OutcomeCounts.NONE : summary.reviewOutcomes());
        }));
    }

    public Figures of(String code) {
        return of(Set.of(code)).get(code);
    }

    /** Recomputes one provider's figures from the projections and stores them. */
    public void recompute(String providerCode) {
        Instant startedAt = clock.instant();
        LocalDate today = Windows.dayOf(startedAt);
        Figures figures = figures(
                reviews.publishedSince(providerCode, Windows.start(Windows.since(today, ratings.window()))),
                complaints.receivedSince(providerCode, Windows.start(Windows.since(today, complaintFigures.window()))),
                reviews.outcomes(providerCode), today);
        Update whole = new Update()
                .set(ProviderSummary.COMPUTED_AT, startedAt)
                .set("reviews", figures.reviews())
                .set("complaints", figures.complaints())
                .set("reviewOutcomes", figures.reviewOutcomes());
        try {
            // Only over figures computed from an earlier reading: a daily refresh that read the
            // projections before an event was applied must not overwrite what that event caused.
            mongo.upsert(query(where("_id").is(providerCode))
                    .addCriteria(where(ProviderSummary.COMPUTED_AT).not().gt(startedAt)), whole, ProviderSummary.class);
        } catch (DuplicateKeyException newerStored) {
            return;
        }
        events.publishEvent(new ProviderSummaryChanged(providerCode, figures.reviews().fairScore(), startedAt));
    }

    /**
     * Recomputes every provider that has reviews or complaints here, as the windows move on.
     *
     * @return how many were refreshed
     */
    public int refreshAll() {
        Set<String> codes = new TreeSet<>(reviews.providerCodes());
        codes.addAll(complaints.providerCodes());
        int failed = 0;
        for (String code : codes) {
            try {
                recompute(code);
            } catch (RuntimeException e) {
                // One provider's failure must not leave the others stale until tomorrow.
                failed++;
                log.warn("Could not refresh the figures of {}", code, e);
            }
        }
        log.info("Refreshed the figures of {} providers, {} failed", codes.size() - failed, failed);
        return codes.size() - failed;
    }

    private Figures figures(List<RatedReview> rated, List<ComplaintTimes> received, OutcomeCounts outcomes,
            LocalDate today) {
        return new Figures(ReviewFigures.of(rated, ratings, Windows.since(today, ratings.window())),
                ComplaintFigures.of(received, complaintFigures, today, Windows.since(today, complaintFigures.window())),
                outcomes);
    }
}
