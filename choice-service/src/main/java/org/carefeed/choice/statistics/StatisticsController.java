package org.carefeed.choice.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.carefeed.choice.contract.Tags;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The open statistics as JSON, each with its method; and the method itself. */
@RestController
@Tag(name = Tags.STATISTICS, description = "Open statistics of moderation and complaint handling, with their method")
class StatisticsController {

    static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");

    private final ModerationMonths moderation;
    private final ComplaintStatistics complaints;
    private final String method;

    StatisticsController(ModerationMonths moderation, ComplaintStatistics complaints) throws IOException {
        this.moderation = moderation;
        this.complaints = complaints;
        try (InputStream in = new ClassPathResource("statistics/statistics.md").getInputStream()) {
            this.method = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** @param overall the months listed, together */
    record ModerationPage(StatisticsMethod method, String from, String to, ModerationFigures overall,
            List<ModerationFigures> months) {
    }

    /** What came of the reviews, month by month; from the first month with any outcome to this one by default. */
    @GetMapping(path = "/api/statistics/moderation", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getModerationStatistics", summary = "What came of the reviews, month by month",
            description = "Per month and over the months asked: reviews received, published, rejected (by reason), "
                    + "removed after reports (by reason), withdrawn, expired, erased, and the median and 90th "
                    + "percentile hours from submission to decision. Counted from text-free outcome events, so "
                    + "erasure never lowers them. The method: `/api/statistics/method`.")
    ModerationPage moderation(
            @Parameter(description = "The first month, `YYYY-MM` (England); by default the first with any figure, "
                    + "at most 240 months back.", example = "2026-01")
            @RequestParam(required = false) String from,
            @Parameter(description = "The last month, `YYYY-MM`; by default this month.", example = "2026-11")
            @RequestParam(required = false) String to) {
        MonthRange range = MonthRange.asked(from, to).within(moderation.firstMonth(), moderation.thisMonth());
        Map<YearMonth, MonthCount> counts = moderation.between(range.from(), range.to());
        MonthCount overall = new MonthCount();
        List<ModerationFigures> months = new ArrayList<>();
        counts.forEach((month, count) -> {
            overall.add(count);
            months.add(count.figures(month.toString()));
        });
        return new ModerationPage(StatisticsMethod.MODERATION, range.from().toString(), range.to().toString(),
                overall.figures(range.period()), months);
    }

    @GetMapping(path = "/api/statistics/complaints/providers/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getProviderComplaintStatistics", summary = "A provider's complaint handling, by month",
            description = "Per month of receipt: complaints received, acknowledged within 3 working days, late, "
                    + "open, resolved and the median days to resolution; a month (or the whole period) with fewer "
                    + "than 5 complaints is suppressed. The method: `/api/statistics/method`.")
    @ApiResponse(responseCode = "200", description = "The provider's months and their total.")
    @ApiResponse(responseCode = "404", ref = Tags.NOT_FOUND)
    ComplaintStatistics.ComplaintStatisticsPage providerComplaints(
            @Parameter(description = "The provider's public identifier: its ODS code, or `kind:value`.",
                    example = "RJ731") @PathVariable String code,
            @Parameter(description = "The first month, `YYYY-MM` (England); by default the first with any figure, "
                    + "at most 240 months back.", example = "2026-01")
            @RequestParam(required = false) String from,
            @Parameter(description = "The last month, `YYYY-MM`; by default this month.", example = "2026-11")
            @RequestParam(required = false) String to) {
        return complaints.ofProvider(code, MonthRange.asked(from, to));
    }

    @GetMapping(path = "/api/statistics/complaints/organisations/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getOrganisationComplaintStatistics",
            summary = "An organisation's complaint handling with its sites', by month",
            description = "As for a provider, over the organisation's own complaints and its sites' (as the "
                    + "published NHS files link them now), with the same suppression.")
    @ApiResponse(responseCode = "200", description = "The organisation's months and their total.")
    @ApiResponse(responseCode = "404", ref = Tags.NOT_FOUND)
    ComplaintStatistics.ComplaintStatisticsPage organisationComplaints(
            @Parameter(description = "The organisation's public identifier: its ODS code, or `kind:value`.",
                    example = "RJ7") @PathVariable String code,
            @Parameter(description = "The first month, `YYYY-MM` (England); by default the first with any figure, "
                    + "at most 240 months back.", example = "2026-01")
            @RequestParam(required = false) String from,
            @Parameter(description = "The last month, `YYYY-MM`; by default this month.", example = "2026-11")
            @RequestParam(required = false) String to) {
        return complaints.ofOrganisation(code, MonthRange.asked(from, to));
    }

    /** The whole method of every statistic, as written in docs/statistics.md. */
    @GetMapping(StatisticsMethod.DOCUMENTATION)
    @Operation(operationId = "getStatisticsMethod", summary = "How every statistic is counted",
            description = "The method, as Markdown: what is counted, which time puts an event in a month, how "
                    + "working days are counted, and the suppression of small numbers.")
    @ApiResponse(responseCode = "200", description = "The method.",
            content = @Content(mediaType = "text/markdown", schema = @Schema(type = "string")))
    ResponseEntity<String> method() {
        return ResponseEntity.ok().contentType(MARKDOWN).body(method);
    }
}
