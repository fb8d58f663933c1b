package org.carefeed.choice.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.carefeed.choice.directory.ProviderDirectory;
import org.carefeed.choice.indicator.LatestIndicators;
import org.carefeed.choice.review.PublishedReviews;
import org.carefeed.choice.summary.ProviderSummaries;
import org.carefeed.platform.web.InvalidRequest;
import org.carefeed.platform.web.KeysetCursor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A provider's page: who and where it is, its rating, its published reviews with their responses (a page of
 * {@value #REVIEWS_A_PAGE}, older ones behind the listing's cursor), its indicators and complaint figures, and
 * its open data. The same reads as the profile and reviews APIs, so a handful of queries whatever the number
 * of reviews.
 */
@Controller
class ProviderPageController {

    static final int REVIEWS_A_PAGE = 10;

    private final ProviderDirectory directory;
    private final ProviderSummaries summaries;
    private final LatestIndicators indicators;
    private final PublishedReviews reviews;

    ProviderPageController(ProviderDirectory directory, ProviderSummaries summaries, LatestIndicators indicators,
            PublishedReviews reviews) {
        this.directory = directory;
        this.summaries = summaries;
        this.indicators = indicators;
        this.reviews = reviews;
    }

    /**
     * @param code   its public identifier, or any identifier with its kind, as the API takes
     * @param cursor where the page of older reviews starts, as the previous page linked it
     */
    @GetMapping("/providers/{code}")
    String provider(@PathVariable String code, @RequestParam(required = false) String cursor, Model model,
            HttpServletResponse response) {
        KeysetCursor after;
        try {
            after = cursor == null || cursor.isEmpty() ? null : KeysetCursor.decode(cursor, KeysetCursor.UUIDS);
        } catch (InvalidRequest malformed) {
            return notFound(response);
        }
        Optional<ProviderDirectory.Entry> found = directory.entryOf(code);
        if (found.isEmpty()) {
            return notFound(response);
        }
        ProviderDirectory.Entry entry = found.get();
        ProviderSummaries.Figures figures = summaries.of(entry.code());
        PublishedReviews.Page page = reviews.newestFirst(List.of(entry.code()), after, REVIEWS_A_PAGE);
        model.addAttribute("page", ProviderPage.of(entry, figures.reviews(), figures.complaints(),
                indicators.of(entry.code()), page, after != null));
        return "provider/provider";
    }

    /** A mistyped or out-of-date address: the page that is not there, as people expect, not an API error. */
    private static String notFound(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "provider/not-found";
    }
}
