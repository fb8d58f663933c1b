package org.carefeed.choice.directory;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.carefeed.choice.contract.Tags;
import org.carefeed.choice.hours.OpeningHours;
import org.carefeed.choice.indicator.LatestIndicators;
import org.carefeed.choice.indicator.LatestIndicators.Figure;
import org.carefeed.choice.opendata.ConditionalReads;
import org.carefeed.choice.opendata.DataVersions;
import org.carefeed.choice.summary.ProviderSummaries;
import org.carefeed.choice.summary.ProviderSummaries.Figures;
import org.carefeed.events.ProviderIds;
import org.carefeed.platform.web.InvalidRequest;
import org.carefeed.platform.web.NotFound;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Open data: find, show and compare providers. */
@RestController
@Tag(name = Tags.PROVIDERS)
class ProvidersController {

    private final DirectorySearch directory;
    private final MongoTemplate mongo;
    private final LatestIndicators indicators;
    private final ProviderSummaries summaries;
    private final ProviderIdentifiers identifiers;
    private final Clock clock;
    private final ConditionalReads conditional;

    ProvidersController(DirectorySearch directory, MongoTemplate mongo, LatestIndicators indicators,
            ProviderSummaries summaries, ProviderIdentifiers identifiers, Clock clock, ConditionalReads conditional) {
        this.directory = directory;
        this.mongo = mongo;
        this.indicators = indicators;
        this.summaries = summaries;
        this.identifiers = identifiers;
        this.clock = clock;
        this.conditional = conditional;
    }

    /**
     * @param q        part of any of its names; case and accents do not matter
     * @param service  part of the name of a service it offers, such as "flu"
     * @param near     a UK postcode (or only its district, such as SW1A), or {@code lat,lng}
     * @param radiusKm how far from {@code near}, 10 km unless given
     * @param openNow  only those open now, by their published hours in UK time
     * @param openAt   only those open at this time: UK local ({@code 2026-12-05T10:30}) or with an offset
     * @param sort     {@code name} (the default); {@code distance}, with {@code near}; or {@code rating}:
     *                 highest fair score first, providers without one last, with any other filter
     */
    @GetMapping(path = "/api/providers", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "searchProviders", summary = "Search open providers",
            description = "Open providers with their review figures and, where hours are published, whether they "
                    + "are open now. Filters combine; a page holds `limit` providers and `next` is the cursor of the "
                    + "following one. `total` counts the matches, but with a free filter (`q`, `service`, `openNow`, "
                    + "`openAt`) it stops at 1,000 and `totalIsLowerBound` is then true. A radius whose box holds "
                    + "more than 5,000 providers is a 400 asking for a smaller one.")
    ProviderViews.Results search(
            @Parameter(description = "Part of any of its names; case and accents do not matter.", example = "st anne")
            @RequestParam(required = false) @Size(max = 100, message = "must be 100 characters or fewer") String q,
            @Parameter(description = "A provider type: hospital, trust, gp-practice, gp, pharmacy, dentist, "
                    + "optician, social-care, ...", example = "hospital")
            @RequestParam(required = false) @jakarta.validation.constraints.Pattern(regexp = "[a-z]+(-[a-z]+)*",
                    message = "must be a provider type such as hospital, gp-practice, pharmacy or dentist") String type,
            @Parameter(description = "Part of the name of a service it offers.", example = "flu")
            @RequestParam(required = false) @Size(max = 100, message = "must be 100 characters or fewer") String service,
            @Parameter(description = "Where to search around: a UK postcode, a postcode district alone, or `lat,lng`. "
                    + "Items then carry `distanceKm`; an unknown district is a 400 naming `near`.", example = "SW1A 1AA")
            @RequestParam(required = false) @Size(max = 40, message = "must be a postcode or lat,lng") String near,
            @Parameter(description = "How far from `near`, in km; 10 unless given. Needs `near`.", example = "5")
            @RequestParam(required = false) @DecimalMin(value = "0.1", message = "must be from 0.1 to 200 km")
            @DecimalMax(value = "200", message = "must be from 0.1 to 200 km") Double radiusKm,
            @Parameter(description = "Only those open now, by their published hours in UK time.", example = "true")
            @RequestParam(required = false) Boolean openNow,
            @Parameter(description = "Only those open at this time: UK local time, or with an offset. Not with "
                    + "`openNow=true`.", example = "2026-12-05T10:30")
            @RequestParam(required = false) @Size(max = 40, message = "must be a date and time") String openAt,
            @Parameter(description = "`name` (the default); `distance`, which needs `near`; or `rating`: highest "
                    + "fair score first, providers without one last.", example = "rating",
                    schema = @Schema(allowableValues = {"name", "distance", "rating"}))
            @RequestParam(required = false) String sort,
            @Parameter(description = "Providers a page, 1 to 100.", example = "20")
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be from 1 to 100")
            @Max(value = 100, message = "must be from 1 to 100") int limit,
            @Parameter(description = "The `next` of the previous page, unchanged; none for the first page.")
            @RequestParam(required = false) String cursor) {
        // Checked before the validators, so a mistake's answer carries none. Opening status is as of the
        // minute; the fair scores order the pages.
        DirectorySearch.Prepared prepared = directory.prepare(new DirectorySearch.Parameters(q, type, service, near,
                radiusKm, openNow, openAt, sort, limit, cursor));
        if (conditional.notModified(List.of(DataVersions.DIRECTORY, DataVersions.ALL_FIGURES),
                ConditionalReads.Caching.SHORT, MediaType.APPLICATION_JSON_VALUE, queryString(), thisMinute())) {
            return null;
        }
        return directory.run(prepared);
    }

    /**
     * @param id the provider's public identifier (its ODS code, such as RJ731, for those that have one), or
     *           any other identifier it is known by, with its kind: {@code ods:FA296},
     *           {@code cqc:1-101628572}, {@code nhs-choices:25085}
     */
    @GetMapping(path = "/api/providers/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getProvider", summary = "A provider's profile",
            description = "Its directory entry, every identifier, parent and children, opening times (now, the "
                    + "usual week, additional dates from today), services, staff, the latest value of each "
                    + "indicator, and the figures counted from reviews and complaints (complaint figures "
                    + "withheld below 5 complaints, so no one complaint can be made out).")
    @ApiResponse(responseCode = "200", description = "The provider's profile.")
    @ApiResponse(responseCode = "404", ref = Tags.NOT_FOUND)
    ProviderViews.Profile profile(@Parameter(description = "The provider's public identifier (its ODS code where it "
            + "has one), or any identifier with its kind: `ods:FA296`, `cqc:1-101628572`, `nhs-choices:25085`.",
            example = "RJ731") @PathVariable String id) {
        Provider provider = resolve(id, "id").orElseThrow(() -> notFound(id));
        DirectoryEntry e = provider.entry();
        String code = provider.code();
        // The entry was read to know whose figures these are; the rest waits for the validators. The
        // opening status is as of the minute, and the feeds' links name the host the client reached.
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        if (conditional.notModified(List.of(DataVersions.DIRECTORY, DataVersions.INDICATORS,
                DataVersions.figures(code)), ConditionalReads.Caching.SHORT, MediaType.APPLICATION_JSON_VALUE, code,
                base, thisMinute())) {
            return null;
        }
        ProviderViews.Related parent = e.parentCode() == null ? null
                : new ProviderViews.Related(e.parentCode(), e.parentName(), null, null);
        Query children = query(where("entry.parentCode").is(code));
        children.fields().include("entry.name").include("entry.type").include("status");
        List<ProviderViews.Related> family = mongo.find(children, Provider.class).stream()
                .map(child -> new ProviderViews.Related(child.code(), child.entry().name(), child.entry().type(),
                        child.status()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
        Figures figures = summaries.of(code);
        ProviderDetails details = provider.details();
        return new ProviderViews.Profile(code, e.name(), e.otherNames(),
                ProviderViews.Identifier.of(provider.identifiers()), e.type(), e.subType(), e.sector(),
                provider.status(), e.address(), e.location(), e.phones(), e.emails(), e.website(), parent, family,
                ProviderViews.OpeningTimes.of(details, clock.instant()), details.services(), details.staff(),
                List.copyOf(indicators.of(code).values()), figures.reviews(), figures.complaints(),
                figures.reviewOutcomes(), ProviderViews.Feeds.of(base, code, !family.isEmpty()));
    }

    /** @param codes two to five provider identifiers, comma separated */
    @GetMapping(path = "/api/compare", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "compareProviders", summary = "Compare providers side by side",
            description = "Two to five providers, each with its review figures, its usual week of opening times "
                    + "and its services, and their indicators aligned by name: each cell `available`, "
                    + "`not-available` (published as such) or `missing`.")
    @ApiResponse(responseCode = "200", description = "The providers and their indicators side by side.")
    @ApiResponse(responseCode = "404", ref = Tags.NOT_FOUND)
    ProviderViews.Comparison compare(@Parameter(description = "Two to five provider identifiers, comma separated.",
            example = "RJ731,RJ122") @RequestParam String codes) {
        List<String> given = Arrays.stream(codes.split(",")).map(String::strip).filter(c -> !c.isEmpty()).distinct()
                .toList();
        if (given.size() < 2 || given.size() > 5) {
            throw InvalidRequest.parameter("codes", "must be 2 to 5 different provider identifiers, comma separated");
        }
        List<String> invalid = given.stream().filter(c -> ProviderIds.normalise(c).isEmpty()).toList();
        if (!invalid.isEmpty()) {
            throw InvalidRequest.parameter("codes", String.join(", ", invalid) + " " + ProviderIds.MESSAGE);
        }
        List<Provider> providers = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String code : given) {
            resolve(code, "codes").ifPresentOrElse(providers::add, () -> unknown.add(code));
        }
        if (!unknown.isEmpty()) {
            throw new NotFound("There is no provider " + String.join(", ", unknown) + " in the directory.");
        }
        List<String> wanted = providers.stream().map(Provider::code).toList();
        // The providers were read to know they exist; the rest waits for the validators.
        if (conditional.notModified(List.of(DataVersions.DIRECTORY, DataVersions.INDICATORS,
                DataVersions.ALL_FIGURES), ConditionalReads.Caching.SHORT, MediaType.APPLICATION_JSON_VALUE, wanted,
                thisMinute())) {
            return null;
        }
        Map<String, Map<String, Figure>> figures = indicators.of(wanted);
        Map<String, Figures> figuresByCode = summaries.of(wanted);
        TreeSet<String> names = new TreeSet<>();
        figures.values().forEach(byName -> names.addAll(byName.keySet()));
        List<ProviderViews.Row> rows = new ArrayList<>();
        for (String name : names) {
            rows.add(new ProviderViews.Row(name, wanted.stream()
                    .map(c -> ProviderViews.Cell.of(c, figures.getOrDefault(c, Map.of()).get(name))).toList()));
        }
        Instant now = clock.instant();
        return new ProviderViews.Comparison(providers.stream()
                .map(p -> new ProviderViews.Compared(ProviderViews.Summary.of(p, null, figuresByCode.get(p.code()), now),
                        OpeningHours.of(p.details().openingTimes()).weekly(), p.details().services()))
                .toList(), rows);
    }

    /**
     * The provider a public identifier, or any identifier with its kind, names. A bare code is an ODS
     * code, even when it is all digits like a publisher's number.
     */
    private Optional<Provider> resolve(String typed, String field) {
        String id = ProviderIds.normalise(typed).orElseThrow(() -> InvalidRequest.parameter(field, ProviderIds.MESSAGE));
        Provider provider = mongo.findById(id, Provider.class);
        if (provider != null) {
            return Optional.of(provider);
        }
        String qualified = id.contains(":") ? id : "ods:" + id;
        return identifiers.providerOf(qualified).map(found -> mongo.findById(found, Provider.class));
    }

    private Instant thisMinute() {
        return clock.instant().truncatedTo(ChronoUnit.MINUTES);
    }

    /** The request's parameters as sent: each shapes the page. */
    private static String queryString() {
        String query = ServletUriComponentsBuilder.fromCurrentRequest().build().getQuery();
        return query == null ? "" : query;
    }

    private static NotFound notFound(String id) {
        return new NotFound("There is no provider " + id + " in the directory.");
    }
}
