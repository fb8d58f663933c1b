package org.carefeed.choice.feed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.carefeed.choice.contract.Tags;
import java.util.ArrayList;
import java.util.List;

import org.carefeed.choice.opendata.ConditionalReads;
import org.carefeed.choice.opendata.DataVersions;
import org.carefeed.choice.opendata.OpenDataProperties;
import org.carefeed.platform.web.KeysetCursor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Open data: the review feeds, each as {@code .atom} (Atom 1.0) and {@code .json} (JSON Feed 1.1).
 * Content types are set on the answer rather than declared on the mappings, so a client's mistake still
 * gets its problem details as JSON whatever it accepts.
 */
@RestController
@Tag(name = Tags.FEEDS)
class FeedsController {

    private static final String FORMAT = "{format:atom|json}";
    private static final String LIMIT_MESSAGE = "must be from 1 to 100";
    private static final String FEED_DESCRIPTION = "Published reviews with their responses, newest first, under "
            + "the reviews' licence. `.atom` is Atom 1.0, `.json` JSON Feed 1.1 (what neither has a field for is "
            + "in `_carefeed` objects); both page by RFC 5005 links (`next_url` in JSON), each entry's id stable "
            + "whatever page or format.";
    private static final String PAGE = "A feed page, in the format its extension names.";
    private static final String FORMAT_PARAMETER = "`atom` for Atom 1.0 (application/atom+xml), `json` for JSON Feed "
            + "1.1 (application/feed+json).";
    private static final String LIMIT_PARAMETER = "Entries a page, 1 to 100.";
    private static final String CURSOR_PARAMETER = "From the feed's next link, unchanged; none for the first page.";

    private final FeedScopes scopes;
    private final FeedPages pages;
    private final AtomWriter atom;
    private final ConditionalReads conditional;
    private final OpenDataProperties openData;

    FeedsController(FeedScopes scopes, FeedPages pages, AtomWriter atom, ConditionalReads conditional,
            OpenDataProperties openData) {
        this.scopes = scopes;
        this.pages = pages;
        this.atom = atom;
        this.conditional = conditional;
        this.openData = openData;
    }

    /** Every provider's reviews. */
    @GetMapping("/feeds/reviews." + FORMAT)
    @Operation(operationId = "reviewsFeed", summary = "Every provider's reviews", description = FEED_DESCRIPTION)
    @ApiResponse(responseCode = "200", description = PAGE, content = {
            @Content(mediaType = FeedPage.ATOM, schema = @Schema(type = "string", description = "An Atom 1.0 feed document")),
            @Content(mediaType = FeedPage.JSON_FEED, schema = @Schema(implementation = JsonFeed.class))})
    ResponseEntity<?> all(@Parameter(description = FORMAT_PARAMETER, example = "atom",
            schema = @Schema(allowableValues = {"atom", "json"})) @PathVariable String format,
            @Parameter(description = LIMIT_PARAMETER, example = "20")
            @RequestParam(required = false) @Min(value = 1, message = LIMIT_MESSAGE)
            @Max(value = 100, message = LIMIT_MESSAGE) Integer limit,
            @Parameter(description = CURSOR_PARAMETER)
            @RequestParam(required = false) String cursor) {
        return feed(scopes.all(), format, limit, cursor);
    }

    /**
     * @param code the provider's public identifier, or any other with its kind ({@code cqc:1-101628572}),
     *             as the profile takes it; one the directory does not have is a 404
     */
    @GetMapping("/feeds/providers/{code}/reviews." + FORMAT)
    @Operation(operationId = "providerReviewsFeed", summary = "One provider's reviews", description = FEED_DESCRIPTION)
    @ApiResponse(responseCode = "200", description = PAGE, content = {
            @Content(mediaType = FeedPage.ATOM, schema = @Schema(type = "string", description = "An Atom 1.0 feed document")),
            @Content(mediaType = FeedPage.JSON_FEED, schema = @Schema(implementation = JsonFeed.class))})
    @ApiResponse(responseCode = "404", ref = Tags.NOT_FOUND)
    ResponseEntity<?> provider(@Parameter(description = FORMAT_PARAMETER, example = "atom",
            schema = @Schema(allowableValues = {"atom", "json"})) @PathVariable String format,
            @Parameter(description = "The provider's public identifier, or any other with its kind, as the "
                    + "profile takes it.", example = "RJ731") @PathVariable String code,
            @Parameter(description = LIMIT_PARAMETER, example = "20")
            @RequestParam(required = false) @Min(value = 1, message = LIMIT_MESSAGE)
            @Max(value = 100, message = LIMIT_MESSAGE) Integer limit,
            @Parameter(description = CURSOR_PARAMETER)
            @RequestParam(required = false) String cursor) {
        return feed(scopes.provider(code), format, limit, cursor);
    }

    /** The organisation's own reviews and those of its sites, as the directory links them now. */
    @GetMapping("/feeds/organisations/{code}/reviews." + FORMAT)
    @Operation(operationId = "organisationReviewsFeed", summary = "An organisation's reviews and its sites'",
            description = FEED_DESCRIPTION + " The organisation's own reviews and those of its sites, as the "
                    + "directory links them now.")
    @ApiResponse(responseCode = "200", description = PAGE, content = {
            @Content(mediaType = FeedPage.ATOM, schema = @Schema(type = "string", description = "An Atom 1.0 feed document")),
            @Content(mediaType = FeedPage.JSON_FEED, schema = @Schema(implementation = JsonFeed.class))})
    @ApiResponse(responseCode = "404", ref = Tags.NOT_FOUND)
    ResponseEntity<?> organisation(@Parameter(description = FORMAT_PARAMETER, example = "atom",
            schema = @Schema(allowableValues = {"atom", "json"})) @PathVariable String format,
            @Parameter(description = "The organisation's public identifier, such as a trust's ODS code.",
                    example = "RJ1") @PathVariable String code,
            @Parameter(description = LIMIT_PARAMETER, example = "20")
            @RequestParam(required = false) @Min(value = 1, message = LIMIT_MESSAGE)
            @Max(value = 100, message = LIMIT_MESSAGE) Integer limit,
            @Parameter(description = CURSOR_PARAMETER)
            @RequestParam(required = false) String cursor) {
        return feed(scopes.organisation(code), format, limit, cursor);
    }

    /** @param type a provider type as the directory API gives it: {@code hospital}, {@code gp-practice}, ... */
    @GetMapping("/feeds/types/{type}/reviews." + FORMAT)
    @Operation(operationId = "typeReviewsFeed", summary = "The reviews of one type of provider",
            description = FEED_DESCRIPTION)
    @ApiResponse(responseCode = "200", description = PAGE, content = {
            @Content(mediaType = FeedPage.ATOM, schema = @Schema(type = "string", description = "An Atom 1.0 feed document")),
            @Content(mediaType = FeedPage.JSON_FEED, schema = @Schema(implementation = JsonFeed.class))})
    @ApiResponse(responseCode = "404", ref = Tags.NOT_FOUND)
    ResponseEntity<?> type(@Parameter(description = FORMAT_PARAMETER, example = "atom",
            schema = @Schema(allowableValues = {"atom", "json"})) @PathVariable String format,
            @Parameter(description = "A provider type as the directory API gives it.", example = "gp-practice")
            @PathVariable @Pattern(regexp = "[a-z]+(-[a-z]+)*",
                    message = "must be a provider type such as hospital, gp-practice, pharmacy or dentist") String type,
            @Parameter(description = LIMIT_PARAMETER, example = "20")
            @RequestParam(required = false) @Min(value = 1, message = LIMIT_MESSAGE)
            @Max(value = 100, message = LIMIT_MESSAGE) Integer limit,
            @Parameter(description = CURSOR_PARAMETER)
            @RequestParam(required = false) String cursor) {
        return feed(scopes.type(type), format, limit, cursor);
    }

    private ResponseEntity<?> feed(FeedScope scope, String format, Integer limit, String cursor) {
        KeysetCursor after = cursor == null || cursor.isEmpty() ? null : KeysetCursor.decode(cursor, KeysetCursor.UUIDS);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        // The lists merged, and the directory for the feed's title, its sites and the providers' names; the
        // links are absolute, so the host the client reached is part of the bytes, and so is the licence.
        List<String> versions = new ArrayList<>(List.of(DataVersions.DIRECTORY));
        scope.listKeys().forEach(key -> versions.add(DataVersions.reviews(key)));
        if (conditional.notModified(versions, ConditionalReads.Caching.REVALIDATE, scope.path(), format, limit,
                after == null ? null : after.encode(), base, openData)) {
            return null;
        }
        FeedPage page = pages.page(scope, format, after, limit, ServletUriComponentsBuilder.fromCurrentContextPath());
        if (format.equals("atom")) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(FeedPage.ATOM + ";charset=UTF-8"))
                    .body(atom.write(page));
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(FeedPage.JSON_FEED)).body(JsonFeed.of(page));
    }
}
