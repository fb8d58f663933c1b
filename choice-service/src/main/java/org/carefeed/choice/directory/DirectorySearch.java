package org.carefeed.choice.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carefeed.choice.hours.OpeningHours;
import org.carefeed.choice.summary.ProviderSummaries;
import org.carefeed.choice.summary.ProviderSummaries.Figures;
import org.carefeed.events.Coordinates;
import org.carefeed.platform.web.InvalidRequest;
import org.springframework.stereotype.Component;

/**
 * The directory's search as the rest of the service asks it: the open-data API and the site's search
 * page send the same parameters here, so they get the same answers through the same queries. A
 * parameter at fault is an {@link InvalidRequest} naming it, as the API's clients know them.
 */
@Component
public class DirectorySearch {

    private static final Pattern LAT_LNG = Pattern.compile("^\\s*(-?\\d{1,2}(?:\\.\\d+)?)\\s*,\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*$");
    private static final double DEFAULT_RADIUS_KM = 10;

    private final ProviderSearch search;
    private final ProviderSummaries summaries;
    private final PostcodeCentres postcodes;
    private final Clock clock;

    DirectorySearch(ProviderSearch search, ProviderSummaries summaries, PostcodeCentres postcodes, Clock clock) {
        this.search = search;
        this.summaries = summaries;
        this.postcodes = postcodes;
        this.clock = clock;
    }

    /**
     * A search as a client asked it, each parameter as in {@code GET /api/providers}; null or blank when
     * not given. Lengths and patterns are the caller's to check: the API by its annotations, a page by
     * its own words.
     */
    public record Parameters(String q, String type, String service, String near, Double radiusKm, Boolean openNow,
            String openAt, String sort, int limit, String cursor) {
    }

    /** Parameters checked and resolved: where {@code near} is, the order, the instant, the cursor. */
    record Prepared(ProviderSearch.Request request, ProviderViews.Near near) {
    }

    /** A page of providers matching the parameters, with their review figures. */
    public ProviderViews.Results find(Parameters parameters) {
        return run(prepare(parameters));
    }

    /** Checks the parameters and resolves them, reading only where a postcode is. */
    Prepared prepare(Parameters p) {
        ProviderViews.Near centre = blank(p.near()) ? null : place(p.near().strip());
        Coordinates at = centre == null ? null : centre.centre();
        String order = sortOrder(p.sort(), at);
        if (p.radiusKm() != null && at == null) {
            throw InvalidRequest.parameter("radiusKm", "needs near: a postcode or lat,lng to measure from");
        }
        Instant open = openInstant(p.openNow(), p.openAt());
        SearchCursor after = p.cursor() == null || p.cursor().isEmpty() ? null : SearchCursor.decode(p.cursor(), order);
        return new Prepared(new ProviderSearch.Request(blank(p.q()) ? null : p.q().strip(), blank(p.type()) ? null : p.type(),
                blank(p.service()) ? null : p.service().strip(), open, at,
                p.radiusKm() == null ? DEFAULT_RADIUS_KM : p.radiusKm(), order, after, p.limit()), centre);
    }

    ProviderViews.Results run(Prepared prepared) {
        ProviderSearch.Page page = search.search(prepared.request());
        Map<String, Figures> figures = summaries.of(page.found().stream().map(f -> f.provider().code()).toList());
        Instant now = clock.instant();
        return new ProviderViews.Results(page.found().stream()
                .map(f -> ProviderViews.Summary.of(f.provider(), f.distanceKm(), figures.get(f.provider().code()), now))
                .toList(), page.next() == null ? null : page.next().encode(), page.total().count(),
                page.total().lowerBound(), prepared.near());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private ProviderViews.Near place(String near) {
        Matcher latLng = LAT_LNG.matcher(near);
        if (latLng.matches()) {
            try {
                return new ProviderViews.Near(near, "position",
                        new Coordinates(Double.parseDouble(latLng.group(1)), Double.parseDouble(latLng.group(2))));
            } catch (IllegalArgumentException outOfRange) {
                throw InvalidRequest.parameter("near", "is not a position: latitude -90 to 90, longitude -180 to 180");
            }
        }
        UkPostcode postcode = UkPostcode.parse(near).orElseThrow(() -> InvalidRequest.parameter("near",
                "is neither a UK postcode (such as SW1A 1AA, or a district such as SW1A) nor a lat,lng position"));
        PostcodeCentres.Place place = postcodes.locate(postcode).orElseThrow(() -> InvalidRequest.parameter("near",
                "is in the postcode district " + postcode.district() + ", where the directory has no provider, "
                        + "so it cannot tell where that is; check the postcode, or give lat,lng"));
        return new ProviderViews.Near(postcode.isFull() ? postcode.unit() : postcode.district(),
                place.precision().apiName(), place.centre());
    }

    /** The instant to be open at, from openNow or openAt; null when neither asks. */
    private Instant openInstant(Boolean openNow, String openAt) {
        if (openAt != null && !openAt.isBlank()) {
            if (Boolean.TRUE.equals(openNow)) {
                throw InvalidRequest.parameter("openAt", "cannot be given with openNow=true: choose one");
            }
            try {
                return OffsetDateTime.parse(openAt.strip()).toInstant();
            } catch (DateTimeParseException noOffset) {
                try {
                    return LocalDateTime.parse(openAt.strip()).atZone(OpeningHours.UK).toInstant();
                } catch (DateTimeParseException e) {
                    throw InvalidRequest.parameter("openAt",
                            "must be a date and time such as 2026-12-05T10:30 (UK time), or with an offset");
                }
            }
        }
        return Boolean.TRUE.equals(openNow) ? clock.instant() : null;
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
