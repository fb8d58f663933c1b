package org.carefeed.choice.change;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.carefeed.choice.contract.Tags;
import org.carefeed.choice.opendata.OpenDataProperties;
import org.carefeed.platform.web.InvalidRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /api/changes?since=}: the changes after a position, in order, each with the current public
 * state of what changed. A client keeps a mirror by applying each change (set the thing to its data, or
 * delete it) and asking again from the page's {@code position}. See the package description for why
 * no change is ever skipped.
 */
@RestController
@Tag(name = Tags.CHANGES, description = "One ordered feed of every public change, to keep a mirror")
class ChangesController {

    private static final String LIMIT_MESSAGE = "must be from 1 to 1000";
    static final String SINCE_MESSAGE = "must be a position this feed gave: a whole number, 0 (or left out) for the "
            + "beginning";

    private final ChangeLog log;
    private final Map<String, ChangeResolver> resolvers;
    private final OpenDataProperties licences;

    ChangesController(ChangeLog log, List<ChangeResolver> resolvers, OpenDataProperties licences) {
        this.log = log;
        this.resolvers = resolvers.stream().collect(Collectors.toMap(ChangeResolver::kind, Function.identity()));
        this.licences = licences;
    }

    /**
     * One change.
     *
     * @param position where it is in the feed; ask for {@code since=} the last one you applied
     * @param change   what the thing's state now is (see {@link ChangeResolver.State}); {@code lost} for a
     *                 position whose change is unknown, after which a mirror should be taken afresh
     * @param at       when the change was announced
     * @param data     the thing's current public data, or absent when it is gone
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Change(long position, String kind, String id, String change, Instant at, Object data) {
    }

    /**
     * @param position the position to ask from next: the last change's, or {@code since} when there was none
     * @param caughtUp true when this page reached the end of what is recorded so far
     * @param next     the address of the next page; poll it
     */
    record Page(List<Change> changes, long position, boolean caughtUp, String next,
            Map<String, OpenDataProperties.Licence> licences) {
    }

    @GetMapping(path = "/api/changes", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listChanges", summary = "Everything public that changed, in one order",
            description = "The changes after a position, oldest first: providers, indicators, reviews with their "
                    + "responses (and tombstones of those taken down), figures and statistics, each with the thing's "
                    + "current public data, or none when it is gone. Apply each (set the thing to `data`, or delete "
                    + "it), then ask again from `position`: a mirror kept this way never misses or double-applies a "
                    + "change, however many instances serve it. `410` for a position no longer kept.")
    Page changes(
            @Parameter(description = "The `position` of the last page read; 0 or none for the beginning.",
                    example = "0")
            @RequestParam(required = false) @Min(value = 0, message = SINCE_MESSAGE) Long since,
            @Parameter(description = "Changes a page, 1 to 1000.", example = "100")
            @RequestParam(defaultValue = "100") @Min(value = 1, message = LIMIT_MESSAGE)
            @Max(value = 1000, message = LIMIT_MESSAGE) int limit, HttpServletResponse response) {
        long after = since == null ? beforeFirst() : since;
        List<ChangeLog.Entry> entries = log.after(after, limit);
        if (entries.isEmpty()) {
            refuseUnknown(after);
        }
        long position = entries.isEmpty() ? after : entries.get(entries.size() - 1).position();
        String next = ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQueryParam("since", position)
                .replaceQueryParam("limit", limit == 100 ? null : limit).toUriString();
        Map<String, OpenDataProperties.Licence> named = new LinkedHashMap<>();
        named.put("reviews", licences.reviewsLicence());
        named.put("publishedData", licences.publishedDataLicence());
        // Added, not set: the licence links are already there.
        response.addHeader(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        return new Page(resolve(entries), position, entries.size() < limit, next, named);
    }

    /** Where an empty log, or one that starts later, is read from. */
    private long beforeFirst() {
        OptionalLong first = log.first();
        return first.isPresent() ? first.getAsLong() - 1 : 0;
    }

    /** Nothing after {@code after}: the end of the feed, or a position it never gave or no longer has. */
    private void refuseUnknown(long after) {
        OptionalLong last = log.last();
        if (last.isEmpty() ? after > 0 : after > last.getAsLong()) {
            throw InvalidRequest.parameter("since", "is after the last position of this feed ("
                    + (last.isPresent() ? last.getAsLong() : "none yet") + "): it was not given by this feed");
        }
        OptionalLong first = log.first();
        if (first.isPresent() && after < first.getAsLong() - 1) {
            ProblemDetail gone = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, "Positions before "
                    + first.getAsLong() + " are no longer kept. Take a fresh copy from /downloads, then follow "
                    + "the changes from since=" + (first.getAsLong() - 1) + ".");
            gone.setTitle("Gone");
            throw new ErrorResponseException(HttpStatus.GONE, gone, null);
        }
    }

    /**
     * Each change with the current state of what it names. A thing changed more than once on the page
     * goes out once, at its last position: the state is the same at each, and applying it once is enough.
     */
    private List<Change> resolve(List<ChangeLog.Entry> entries) {
        Map<String, ChangeLog.Entry> lastOfEach = new LinkedHashMap<>();
        for (ChangeLog.Entry entry : entries) {
            String key = entry.lost() ? "lost:" + entry.position() : entry.kind() + ":" + entry.id();
            lastOfEach.remove(key);
            lastOfEach.put(key, entry);
        }
        Map<String, Set<String>> idsByKind = lastOfEach.values().stream().filter(entry -> !entry.lost())
                .collect(Collectors.groupingBy(ChangeLog.Entry::kind, Collectors.mapping(ChangeLog.Entry::id,
                        Collectors.toSet())));
        Map<String, Map<String, ChangeResolver.State>> states = new HashMap<>();
        idsByKind.forEach((kind, ids) -> {
            ChangeResolver resolver = resolvers.get(kind);
            states.put(kind, resolver == null ? Map.of() : resolver.states(ids));
        });
        List<Change> changes = new ArrayList<>(lastOfEach.size());
        for (ChangeLog.Entry entry : lastOfEach.values()) {
            if (entry.lost()) {
                changes.add(new Change(entry.position(), "lost", null, "lost", entry.at(), null));
                continue;
            }
            ChangeResolver.State state = states.get(entry.kind()).get(entry.id());
            changes.add(state == null
                    ? new Change(entry.position(), entry.kind(), entry.id(), "removed", entry.at(), null)
                    : new Change(entry.position(), entry.kind(), entry.id(), state.change(), entry.at(), state.data()));
        }
        return changes;
    }
}
