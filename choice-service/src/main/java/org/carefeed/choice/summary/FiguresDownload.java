package org.carefeed.choice.summary;

import static org.carefeed.choice.download.CsvValues.number;
import static org.carefeed.choice.download.CsvValues.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.carefeed.choice.download.CsvColumn;
import org.carefeed.choice.download.CsvDownload;
import org.carefeed.choice.opendata.DataVersions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Every provider's review and complaint figures, exactly as its profile shows them: the same windows,
 * the same hiding of an average below the minimum number of reviews, the same suppression of complaint
 * figures below the minimum number of complaints (empty cells, with the reason).
 */
@Component
class FiguresDownload implements CsvDownload {

    private static final List<CsvColumn> COLUMNS = List.of(
            CsvColumn.of("provider_code", "The provider's public identifier"),
            CsvColumn.of("computed_at", "When these figures were last counted (UTC)"),
            CsvColumn.of("reviews_since", "First day of the reviews window (reviews published since count)"),
            CsvColumn.of("review_count", "Reviews published since then"),
            CsvColumn.of("stars_1", "Of those, with 1 star"),
            CsvColumn.of("stars_2", "With 2 stars"),
            CsvColumn.of("stars_3", "With 3 stars"),
            CsvColumn.of("stars_4", "With 4 stars"),
            CsvColumn.of("stars_5", "With 5 stars"),
            CsvColumn.of("average_rating", "Mean stars; empty below score_shown_from reviews"),
            CsvColumn.of("fair_score", "Bayesian average (as if every provider started with ten 3-star reviews); "
                    + "empty below score_shown_from reviews"),
            CsvColumn.of("score_shown_from", "Reviews needed before the average and fair score are shown"),
            CsvColumn.of("responded_count", "Reviews in the window the provider answered"),
            CsvColumn.of("response_rate_percent", "responded_count as a percentage of review_count"),
            CsvColumn.of("median_response_hours", "Median time to the first response, within 1%"),
            CsvColumn.of("complaints_since", "First day of the complaints window"),
            CsvColumn.of("complaints_suppressed", "true when fewer complaints than complaints_shown_from were "
                    + "received, so that no one complaint can be made out: the complaint columns are then empty"),
            CsvColumn.of("complaints_shown_from", "Complaints needed before complaint figures are shown"),
            CsvColumn.of("complaints_received", "Complaints received since then"),
            CsvColumn.of("acknowledged_on_time", "Acknowledged within 3 working days"),
            CsvColumn.of("acknowledged_late", "Acknowledged later, or not yet and overdue"),
            CsvColumn.of("acknowledged_on_time_percent", "acknowledged_on_time as a percentage"),
            CsvColumn.of("complaints_resolved", "Complaints resolved"),
            CsvColumn.of("median_days_to_resolution", "Median days from receipt to resolution, within 1%"));

    private static final About ABOUT = new About("figures",
            "Every provider's review and complaint figures, as on its profile; the method is in the "
                    + "choice-service README (Figures from feedback).",
            Licensed.AS_PUBLISHED_DATA,
            "Counted by Carefeed from the reviews published and the complaints received through it; "
                    + "no complaint's words or contact details are used.",
            COLUMNS);

    private final MongoTemplate mongo;

    FiguresDownload(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public List<String> versionScopes() {
        return List.of(DataVersions.ALL_FIGURES);
    }

    @Override
    public void forEachRow(Consumer<List<String>> row) {
        try (Stream<ProviderSummary> summaries = mongo.stream(new Query(), ProviderSummary.class)) {
            summaries.forEach(summary -> row.accept(rowOf(summary)));
        }
    }

    private static List<String> rowOf(ProviderSummary summary) {
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(summary.providerCode());
        row.add(text(summary.computedAt()));
        ReviewFigures reviews = summary.reviews();
        row.add(reviews == null ? null : reviews.since());
        row.add(reviews == null ? null : String.valueOf(reviews.reviewCount()));
        for (int stars = 1; stars <= 5; stars++) {
            row.add(reviews == null ? null : text(reviews.ratingDistribution().get(String.valueOf(stars))));
        }
        row.add(reviews == null ? null : number(reviews.averageRating()));
        row.add(reviews == null ? null : number(reviews.fairScore()));
        row.add(reviews == null ? null : String.valueOf(reviews.scoreShownFrom()));
        row.add(reviews == null ? null : String.valueOf(reviews.respondedCount()));
        row.add(reviews == null ? null : number(reviews.responseRatePercent()));
        row.add(reviews == null ? null : number(reviews.medianResponseHours()));
        ComplaintFigures complaints = summary.complaints();
        row.add(complaints == null ? null : complaints.since());
        row.add(complaints == null ? null : String.valueOf(complaints.suppressed()));
        row.add(complaints == null ? null : String.valueOf(complaints.shownFrom()));
        row.add(complaints == null ? null : text(complaints.receivedCount()));
        row.add(complaints == null ? null : text(complaints.acknowledgedOnTime()));
        row.add(complaints == null ? null : text(complaints.acknowledgedLate()));
        row.add(complaints == null ? null : number(complaints.acknowledgedOnTimePercent()));
        row.add(complaints == null ? null : text(complaints.resolvedCount()));
        row.add(complaints == null ? null : number(complaints.medianDaysToResolution()));
        return row;
    }
}
