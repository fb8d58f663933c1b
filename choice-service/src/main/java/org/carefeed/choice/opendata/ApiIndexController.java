package org.carefeed.choice.opendata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.carefeed.choice.contract.Tags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /api}: where everything open is, for a developer or a program that starts from nothing.
 * The review feeds are also announced as {@code Link} headers with {@code rel="alternate"} and their
 * media types, the way a page announces its feeds to a feed reader.
 */
@RestController
@Tag(name = Tags.INDEX, description = "The starting point: where everything open is")
class ApiIndexController {

    private final OpenDataProperties licences;

    ApiIndexController(OpenDataProperties licences) {
        this.licences = licences;
    }

    /**
     * One resource of the index.
     *
     * @param href absolute, or a URI template (RFC 6570) where it takes parameters
     */
    record Resource(String href, String type, String description) {
    }

    record Index(String description, Map<String, Resource> resources, List<Resource> feeds,
            Map<String, OpenDataProperties.Licence> licences) {
    }

    @GetMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getIndex", summary = "Where everything open is",
            description = "Links to every open resource (URI templates where they take parameters), the review "
                    + "feeds (also as `Link: rel=\"alternate\"` headers) and the licences.")
    Index index(@Parameter(hidden = true) HttpServletResponse response) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        List<Resource> feeds = List.of(
                new Resource(base + "/feeds/reviews.atom", "application/atom+xml", "Every provider's published reviews, Atom"),
                new Resource(base + "/feeds/reviews.json", "application/feed+json", "Every provider's published reviews, JSON Feed"),
                new Resource(base + "/feeds/providers/{code}/reviews.atom", "application/atom+xml", "One provider's reviews"),
                new Resource(base + "/feeds/organisations/{code}/reviews.atom", "application/atom+xml",
                        "An organisation's reviews with its sites'"),
                new Resource(base + "/feeds/types/{type}/reviews.atom", "application/atom+xml", "One type of provider's reviews"));
        Map<String, Resource> resources = new LinkedHashMap<>();
        resources.put("providers", new Resource(base + "/api/providers{?q,type,service,near,radiusKm,openNow,openAt,sort,limit,cursor}",
                "application/json", "Find providers by name, type, service, place or opening time"));
        resources.put("provider", new Resource(base + "/api/providers/{id}", "application/json",
                "One provider: directory entry, opening times, indicators, review and complaint figures, its feeds"));
        resources.put("providerReviews", new Resource(base + "/api/providers/{code}/reviews{?limit,cursor}",
                "application/json", "One provider's published reviews, newest first"));
        resources.put("compare", new Resource(base + "/api/compare{?codes}", "application/json", "2 to 5 providers side by side"));
        resources.put("changes", new Resource(base + "/api/changes{?since,limit}", "application/json",
                "Everything public that changed, in one order: keep a mirror with one loop"));
        resources.put("downloads", new Resource(base + "/downloads", "application/json",
                "The CSV downloads, each with its column dictionary, licence and provenance"));
        resources.put("moderationStatistics", new Resource(base + "/api/statistics/moderation{?from,to}",
                "application/json", "What came of the reviews, month by month, and how long decisions took"));
        resources.put("complaintStatistics", new Resource(base + "/api/statistics/complaints/providers/{code}{?from,to}",
                "application/json", "A provider's complaint handling, month by month (also for organisations)"));
        resources.put("webhooks", new Resource(base + "/api/webhooks", "application/json",
                "Register a URL to be sent signed events as they happen (POST)"));
        resources.put("openApi", new Resource(base + "/v3/api-docs", "application/json",
                "This API described in OpenAPI 3.1; browse it at /swagger-ui.html"));
        resources.put("asyncApi", new Resource(base + "/asyncapi.yaml", "application/yaml",
                "The public Kafka topics described in AsyncAPI 3.0"));
        // Added to the response, not set on an entity, which would replace the licence links already there.
        response.addHeader(HttpHeaders.LINK, "<" + base + "/feeds/reviews.atom>; rel=\"alternate\"; type=\"application/atom+xml\"; "
                + "title=\"Carefeed: reviews of all providers\"");
        response.addHeader(HttpHeaders.LINK, "<" + base + "/feeds/reviews.json>; rel=\"alternate\"; type=\"application/feed+json\"; "
                + "title=\"Carefeed: reviews of all providers\"");
        Map<String, OpenDataProperties.Licence> named = new LinkedHashMap<>();
        named.put("reviews", licences.reviewsLicence());
        named.put("publishedData", licences.publishedDataLicence());
        return new Index("Carefeed's open data: providers, their published "
                + "reviews and figures, as JSON, feeds, CSV and a change feed. No sign-in; any site may call it.",
                resources, feeds, named);
    }
}
