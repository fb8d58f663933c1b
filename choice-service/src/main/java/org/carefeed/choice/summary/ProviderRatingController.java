package org.carefeed.choice.summary;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.carefeed.choice.contract.Tags;
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

    ProviderRatingController(ProviderSummaries summaries) {
        this.summaries = summaries;
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
        return new Rating(code, summaries.of(code).reviews());
    }
}
