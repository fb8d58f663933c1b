package org.carefeed.choice.summary;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.constraints.Pattern;
import org.carefeed.events.ProviderIds;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Open data: a provider's review figures on their own, the same as in its profile. */
@RestController
class ProviderRatingController {

    private final ProviderSummaries summaries;

    ProviderRatingController(ProviderSummaries summaries) {
        this.summaries = summaries;
    }

    record Rating(String providerCode, @JsonUnwrapped ReviewFigures figures) {
    }

    /** Any well-formed code has figures; one with no reviews has the figures of none, not a 404. */
    @GetMapping(path = "/api/providers/{code}/rating", produces = MediaType.APPLICATION_JSON_VALUE)
    Rating rating(@PathVariable @Pattern(regexp = ProviderIds.REGEX, message = ProviderIds.MESSAGE) String code) {
        return new Rating(code, summaries.of(code).reviews());
    }
}
