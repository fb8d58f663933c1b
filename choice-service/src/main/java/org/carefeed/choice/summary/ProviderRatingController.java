package org.carefeed.choice.summary;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.carefeed.choice.contract.Tags;
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
@Tag(name = Tags.REVIEWS)
class ProviderRatingController {

    private final ProviderSummaries summaries;
    private final ConditionalReads conditional;
    private final Clock clock;

    ProviderRatingController(ProviderSummaries summaries, ConditionalReads conditional, Clock clock) {
        this.summaries = summaries;
        this.conditional = conditional;
        this.clock = clock;
    }

    /** A provider's review figures, with its code first. */
    record Rating(String providerCode, @JsonUnwrapped ReviewFigures figures) {
    }

    /** Any well-formed code has figures; one with no reviews has the figures of none, not a 404. */
    @GetMapping(path = "/api/providers/{code}/rating", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getProviderRating", summary = "A provider's review figures",
            description = "The review figures of its profile on their own: counts, the distribution of stars, the "
                    + "average and the fair score (shown from 5 reviews in the window), the response rate and the "
                    + "median response time. A code with no reviews gets the figures of none.")
    Rating rating(@Parameter(description = "The provider's public identifier: its ODS code, or `kind:value`.",
            example = "RJ731")
            @PathVariable @Pattern(regexp = ProviderIds.REGEX, message = ProviderIds.MESSAGE) String code) {
        // The figures of a provider with none yet are made for today's windows.
        if (conditional.notModified(List.of(DataVersions.figures(code)), ConditionalReads.Caching.SHORT,
                MediaType.APPLICATION_JSON_VALUE, code, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))) {
            return null;
        }
        return new Rating(code, summaries.of(code).reviews());
    }
}
