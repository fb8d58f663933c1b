package org.carefeed.choice.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.carefeed.choice.complaint.ComplaintFacts;
import org.carefeed.choice.review.ReviewFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The nightly check of every provider's counters against their source, the projections, followed by a
 * refresh of every provider's figures as the windows move on. Counters that differ from their source
 * (see {@link TallyLedger} for how they could) are rebuilt from it, and each such provider is logged and
 * counted in the metric {@value #DRIFT_METRIC}.
 *
 * <p>The source is read in one pass over each collection, not one query a provider, because the embedded
 * MongoDB scans a collection for any query but one by id. It holds every provider's counters in memory
 * while it runs: a few kilobytes a provider with feedback.
 */
@Component
class FiguresCheck {

    static final String DRIFT_METRIC = "carefeed.figures.drift";

    private static final Logger log = LoggerFactory.getLogger(FiguresCheck.class);
    private static final int CORRECTION_ATTEMPTS = 3;

    private final TallyLedger ledger;
    private final ProviderSummaries summaries;
    private final ReviewFacts reviews;
    private final ComplaintFacts complaints;
    private final Clock clock;
    private final Counter drift;

    FiguresCheck(TallyLedger ledger, ProviderSummaries summaries, ReviewFacts reviews, ComplaintFacts complaints,
            Clock clock, MeterRegistry metrics) {
        this.ledger = ledger;
        this.summaries = summaries;
        this.reviews = reviews;
        this.complaints = complaints;
        this.clock = clock;
        this.drift = Counter.builder(DRIFT_METRIC)
                .description("Providers whose figure counters had drifted from their source and were rebuilt")
                .register(metrics);
    }

    /**
     * What a check found.
     *
     * @param providers the providers checked and refreshed
     * @param drifted   those whose counters had drifted and were rebuilt
     * @param failed    those that could not be checked or refreshed (logged; tried again next time)
     */
    record Report(int providers, int drifted, int failed) {
    }

    Report checkAll() {
        LocalDate today = Windows.dayOf(clock.instant());
        Map<String, Map<String, Long>> source = sourceCounts();
        Set<String> codes = new TreeSet<>(source.keySet());
        codes.addAll(ledger.providerCodes());
        int drifted = 0;
        int failed = 0;
        for (String code : codes) {
            try {
                Counters expected = new Counters(0, source.getOrDefault(code, Map.of()));
                if (differ(ledger.read(code), expected, today) && correct(code, today)) {
                    drifted++;
                }
                summaries.refresh(code);
            } catch (RuntimeException e) {
                // One provider's failure must not leave the others unchecked until tomorrow.
                failed++;
                log.warn("Could not check the figures of {}", code, e);
            }
        }
        log.info("Checked the figures of {} providers: {} had drifted from their source and were rebuilt, {} failed",
                codes.size(), drifted, failed);
        return new Report(codes.size(), drifted, failed);
    }

    /**
     * Reads the provider's source again on its own, since feedback may have arrived during the pass, and
     * rebuilds its counters if they still differ.
     *
     * @return whether they had drifted
     */
    private boolean correct(String code, LocalDate today) {
        for (int attempt = 0; attempt < CORRECTION_ATTEMPTS; attempt++) {
            Counters stored = ledger.read(code);
            Map<String, Set<String>> entries = sourceEntries(code);
            Counters expected = new Counters(0, sum(entries.values()));
            if (!differ(stored, expected, today)) {
                return false;
            }
            // Entries the source no longer has (a review taken down, say) count for nothing.
            Map<String, Set<String>> all = new LinkedHashMap<>();
            ledger.entriesOf(code).keySet().forEach(entryId -> all.put(entryId, Set.of()));
            all.putAll(entries);
            if (ledger.replace(code, stored.version(), expected, all)) {
                drift.increment();
                log.warn("The figure counters of {} had drifted from their source ({} counters differed) and were "
                        + "rebuilt", code, differences(stored, expected, today));
                return true;
            }
        }
        log.warn("The figure counters of {} kept changing while being checked; they are checked again next time", code);
        return false;
    }

    private boolean differ(Counters stored, Counters expected, LocalDate today) {
        return differences(stored, expected, today) > 0;
    }

    private long differences(Counters stored, Counters expected, LocalDate today) {
        Map<String, Long> a = stored.within(summaries.reviewsSince(today), summaries.complaintsSince(today)).counts();
        Map<String, Long> b = expected.within(summaries.reviewsSince(today), summaries.complaintsSince(today)).counts();
        Set<String> paths = new TreeSet<>(a.keySet());
        paths.addAll(b.keySet());
        return paths.stream().filter(path -> !a.getOrDefault(path, 0L).equals(b.getOrDefault(path, 0L))).count();
    }

    private Map<String, Map<String, Long>> sourceCounts() {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        reviews.forEachPublished(review -> add(counts, review.providerCode(), Contributions.ofReview(review)));
        complaints.forEach(complaint -> add(counts, complaint.providerCode(), Contributions.ofComplaint(complaint)));
        reviews.forEachOutcome(outcome -> add(counts, outcome.providerCode(),
                Contributions.ofOutcome(outcome.outcome(), outcome.reason())));
        return counts;
    }

    private static void add(Map<String, Map<String, Long>> counts, String providerCode, Set<String> paths) {
        Map<String, Long> provider = counts.computeIfAbsent(providerCode, code -> new TreeMap<>());
        paths.forEach(path -> provider.merge(path, 1L, Long::sum));
    }

    private Map<String, Set<String>> sourceEntries(String code) {
        Map<String, Set<String>> entries = new LinkedHashMap<>();
        reviews.publishedOf(code).forEach(review ->
                entries.put(Contributions.reviewEntry(review.id()), Contributions.ofReview(review)));
        complaints.ofProvider(code).forEach(complaint ->
                entries.put(Contributions.complaintEntry(complaint.reference()), Contributions.ofComplaint(complaint)));
        reviews.outcomesOf(code).forEach(outcome -> entries.put(Contributions.outcomeEntry(outcome.id()),
                Contributions.ofOutcome(outcome.outcome(), outcome.reason())));
        return entries;
    }

    private static Map<String, Long> sum(Iterable<Set<String>> contributions) {
        Map<String, Long> counts = new TreeMap<>();
        contributions.forEach(paths -> paths.forEach(path -> counts.merge(path, 1L, Long::sum)));
        return counts;
    }
}
