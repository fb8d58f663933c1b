package org.carefeed.choice.directory;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.carefeed.choice.indicator.LatestIndicators;
import org.carefeed.choice.indicator.LatestIndicators.Figure;
import org.carefeed.choice.summary.ProviderSummaries;
import org.carefeed.choice.summary.ProviderSummaries.Figures;
import org.carefeed.events.Coordinates;
import org.carefeed.events.ProviderCodes;
import org.carefeed.platform.web.InvalidRequest;
import org.carefeed.platform.web.ListPage;
import org.carefeed.platform.web.NotFound;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Open data: find, show and compare providers. */
@RestController
class ProvidersController {

    private static final Pattern LAT_LNG = Pattern.compile("^\\s*(-?\\d{1,2}(?:\\.\\d+)?)\\s*,\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*$");
    private static final double DEFAULT_RADIUS_KM = 10;

    private final ProviderSearch search;
    private final MongoTemplate mongo;
    private final LatestIndicators indicators;
    private final ProviderSummaries summaries;

    ProvidersController(ProviderSearch search, MongoTemplate mongo, LatestIndicators indicators,
            ProviderSummaries summaries) {
        this.search = search;
        this.mongo = mongo;
        this.indicators = indicators;
        this.summaries = summaries;
    }

    /**
     * @param q        part of the name; case and accents do not matter
     * @param near     a postcode in the directory, or {@code lat,lng}
     * @param radiusKm how far from {@code near}, 10 km unless given
     * @param sort     {@code name} (the default); {@code distance}, with {@code near}; or {@code rating}:
     *                 highest fair score first, providers without one last, with any other filter
     */
    @GetMapping(path = "/api/providers", produces = MediaType.APPLICATION_JSON_VALUE)
    ListPage<ProviderViews.Summary> search(
            @RequestParam(required = false) @Size(max = 100, message = "must be 100 characters or fewer") String q,
            @RequestParam(required = false) @jakarta.validation.constraints.Pattern(regexp = "[a-z]+(-[a-z]+)*",
                    message = "must be a provider type such as hospital, gp-practice, trust or ccg") String type,
            @RequestParam(required = false) @Size(max = 40, message = "must be a postcode or lat,lng") String near,
            @RequestParam(required = false) @DecimalMin(value = "0.1", message = "must be from 0.1 to 200 km")
            @DecimalMax(value = "200", message = "must be from 0.1 to 200 km") Double radiusKm,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be from 1 to 100")
            @Max(value = 100, message = "must be from 1 to 100") int limit,
            @RequestParam(required = false) String cursor) {
        Coordinates centre = near == null || near.isBlank() ? null : place(near);
        String order = sortOrder(sort, centre);
        if (radiusKm != null && centre == null) {
            throw InvalidRequest.parameter("radiusKm", "needs near: a postcode or lat,lng to measure from");
        }
        ProviderSearch.Page page = search.search(new ProviderSearch.Request(
                q == null || q.isBlank() ? null : q.strip(), type, centre,
                radiusKm == null ? DEFAULT_RADIUS_KM : radiusKm, order,
                cursor == null || cursor.isEmpty() ? null : SearchCursor.decode(cursor, order), limit));
        Map<String, Figures> figures = summaries.of(page.found().stream().map(f -> f.provider().code()).toList());
        return new ListPage<>(page.found().stream()
                .map(f -> ProviderViews.Summary.of(f.provider(), f.distanceKm(), figures.get(f.provider().code())))
                .toList(), page.next() == null ? null : page.next().encode(), page.total());
    }

    @GetMapping(path = "/api/providers/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    ProviderViews.Profile profile(@PathVariable @jakarta.validation.constraints.Pattern(
            regexp = ProviderCodes.REGEX, message = ProviderCodes.MESSAGE) String code) {
        Provider provider = find(code);
        DirectoryEntry e = provider.entry();
        ProviderViews.Related parent = e.parentCode() == null ? null
                : new ProviderViews.Related(e.parentCode(), e.parentName(), null, null);
        List<ProviderViews.Related> children = mongo.find(query(where("entry.parentCode").is(code)), Provider.class)
                .stream().map(child -> new ProviderViews.Related(child.code(), child.entry().name(), child.entry().type(),
                        child.status()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
        Figures figures = summaries.of(code);
        return new ProviderViews.Profile(code, e.name(), e.type(), e.subType(), e.sector(), provider.status(),
                e.address(), e.location(), e.phones(), e.emails(), e.website(), parent, children,
                List.copyOf(indicators.of(code).values()), figures.reviews(), figures.complaints());
    }

    /** @param codes two to five ODS codes, comma separated */
    @GetMapping(path = "/api/compare", produces = MediaType.APPLICATION_JSON_VALUE)
    ProviderViews.Comparison compare(@RequestParam String codes) {
        List<String> wanted = Arrays.stream(codes.split(",")).map(String::strip).filter(c -> !c.isEmpty())
                .map(String::toUpperCase).distinct().toList();
        if (wanted.size() < 2 || wanted.size() > 5) {
            throw InvalidRequest.parameter("codes", "must be 2 to 5 different provider codes, comma separated");
        }
        List<String> invalid = wanted.stream().filter(c -> !ProviderCodes.isValid(c)).toList();
        if (!invalid.isEmpty()) {
            throw InvalidRequest.parameter("codes", String.join(", ", invalid) + " " + ProviderCodes.MESSAGE);
        }
        Map<String, Provider> found = mongo.find(query(where("_id").in(wanted)), Provider.class).stream()
                .collect(Collectors.toMap(Provider::code, p -> p));
        List<String> unknown = wanted.stream().filter(code -> !found.containsKey(code)).toList();
        if (!unknown.isEmpty()) {
            throw new NotFound("There is no provider with the code " + String.join(", ", unknown) + " in the directory.");
        }
        List<Provider> providers = wanted.stream().map(found::get).toList();
        Map<String, Map<String, Figure>> figures = indicators.of(wanted);
        Map<String, Figures> figuresByCode = summaries.of(wanted);
        TreeSet<String> names = new TreeSet<>();
        figures.values().forEach(byName -> names.addAll(byName.keySet()));
        List<ProviderViews.Row> rows = new ArrayList<>();
        for (String name : names) {
            rows.add(new ProviderViews.Row(name, wanted.stream()
                    .map(c -> ProviderViews.Cell.of(c, figures.getOrDefault(c, Map.of()).get(name))).toList()));
        }
        return new ProviderViews.Comparison(providers.stream()
                .map(p -> ProviderViews.Summary.of(p, null, figuresByCode.get(p.code()))).toList(), rows);
    }

    private Provider find(String code) {
        Provider provider = mongo.findById(code, Provider.class);
        if (provider == null) {
            throw new NotFound("There is no provider with the code " + code + " in the directory.");
        }
        return provider;
    }

    private Coordinates place(String near) {
        Matcher latLng = LAT_LNG.matcher(near);
        if (latLng.matches()) {
            try {
                return new Coordinates(Double.parseDouble(latLng.group(1)), Double.parseDouble(latLng.group(2)));
            } catch (IllegalArgumentException outOfRange) {
                throw InvalidRequest.parameter("near", "is not a position: latitude -90 to 90, longitude -180 to 180");
            }
        }
        return search.locate(near).orElseThrow(() -> InvalidRequest.parameter("near",
                "is neither a postcode of a provider in the directory nor a lat,lng position"));
    }

    private static String sortOrder(String sort, Coordinates centre) {
        if (sort == null || sort.isBlank() || sort.equals(ProviderSearch.BY_NAME)) {
            return ProviderSearch.BY_NAME;
        }
        if (sort.equals(ProviderSearch.BY_DISTANCE)) {
            if (centre == null) {
                throw InvalidRequest.parameter("sort", "distance needs near: a postcode or lat,lng to measure from");
            }
            return ProviderSearch.BY_DISTANCE;
        }
        if (sort.equals(ProviderSearch.BY_RATING)) {
            return ProviderSearch.BY_RATING;
        }
        throw InvalidRequest.parameter("sort", "must be name, distance or rating");
    }
}
