package org.carefeed.choice.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The open statistics as JSON, each with its method; and the method itself. */
@RestController
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
    ModerationPage moderation(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
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
    ComplaintStatistics.ComplaintStatisticsPage providerComplaints(@PathVariable String code,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return complaints.ofProvider(code, MonthRange.asked(from, to));
    }

    @GetMapping(path = "/api/statistics/complaints/organisations/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    ComplaintStatistics.ComplaintStatisticsPage organisationComplaints(@PathVariable String code,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return complaints.ofOrganisation(code, MonthRange.asked(from, to));
    }

    /** The whole method of every statistic, as written in docs/statistics.md. */
    @GetMapping(StatisticsMethod.DOCUMENTATION)
    ResponseEntity<String> method() {
        return ResponseEntity.ok().contentType(MARKDOWN).body(method);
    }
}
