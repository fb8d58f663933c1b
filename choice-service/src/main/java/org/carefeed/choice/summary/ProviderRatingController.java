package org.carefeed.choice.summary;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.carefeed.choice.opendata.ConditionalReads;
import org.carefeed.choice.opendata.DataVersions;
import org.carefeed.events.ProviderIds;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Open data: a provider's review figures on their own, the same as in its profile. */
@RestController
class ProviderRatingController {

    private final ProviderSummaries summaries;
    private final ConditionalReads conditional;
    private final Clock clock;

    ProviderRatingController(ProviderSummaries summaries, ConditionalReads conditional, Clock clock) {
        this.summaries = summaries;
        this.conditional = conditional;
        this.clock = clock;
    }

    record Rating(String providerCode, @JsonUnwrapped ReviewFigures figures) {
    }

    /** Any well-formed code has figures; one with no reviews has the figures of none, not a 404. */
    @GetMapping(path = "/api/providers/{code}/rating", produces = MediaType.APPLICATION_JSON_VALUE)
    Rating rating(@PathVariable @Pattern(regexp = ProviderIds.REGEX, message = ProviderIds.MESSAGE) String code) {
        // The figures of a provider with none yet are made for today's windows.
        if (conditional.notModified(List.of(DataVersions.figures(code)), ConditionalReads.Caching.SHORT,
                MediaType.APPLICATION_JSON_VALUE, code, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))) {
            return null;
        }
        return new Rating(code, summaries.of(code).reviews());
    }
}
