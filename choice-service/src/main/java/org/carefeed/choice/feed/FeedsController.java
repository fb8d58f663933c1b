package org.carefeed.choice.feed;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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
class FeedsController {

    private static final String FORMAT = "{format:atom|json}";
    private static final String LIMIT_MESSAGE = "must be from 1 to 100";

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
    ResponseEntity<?> all(@PathVariable String format,
            @RequestParam(required = false) @Min(value = 1, message = LIMIT_MESSAGE)
            @Max(value = 100, message = LIMIT_MESSAGE) Integer limit,
            @RequestParam(required = false) String cursor) {
        return feed(scopes.all(), format, limit, cursor);
    }

    /**
     * @param code the provider's public identifier, or any other with its kind ({@code cqc:1-101628572}),
     *             as the profile takes it; one the directory does not have is a 404
     */
    @GetMapping("/feeds/providers/{code}/reviews." + FORMAT)
    ResponseEntity<?> provider(@PathVariable String format,
            @PathVariable String code,
            @RequestParam(required = false) @Min(value = 1, message = LIMIT_MESSAGE)
            @Max(value = 100, message = LIMIT_MESSAGE) Integer limit,
            @RequestParam(required = false) String cursor) {
        return feed(scopes.provider(code), format, limit, cursor);
    }

    /** The organisation's own reviews and those of its sites, as the directory links them now. */
    @GetMapping("/feeds/organisations/{code}/reviews." + FORMAT)
    ResponseEntity<?> organisation(@PathVariable String format,
            @PathVariable String code,
            @RequestParam(required = false) @Min(value = 1, message = LIMIT_MESSAGE)
            @Max(value = 100, message = LIMIT_MESSAGE) Integer limit,
            @RequestParam(required = false) String cursor) {
        return feed(scopes.organisation(code), format, limit, cursor);
    }

    /** @param type a provider type as the directory API gives it: {@code hospital}, {@code gp-practice}, ... */
    @GetMapping("/feeds/types/{type}/reviews." + FORMAT)
    ResponseEntity<?> type(@PathVariable String format,
            @PathVariable @Pattern(regexp = "[a-z]+(-[a-z]+)*",
                    message = "must be a provider type such as hospital, gp-practice, pharmacy or dentist") String type,
            @RequestParam(required = false) @Min(value = 1, message = LIMIT_MESSAGE)
            @Max(value = 100, message = LIMIT_MESSAGE) Integer limit,
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
