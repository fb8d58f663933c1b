package org.carefeed.choice.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.carefeed.choice.directory.DirectorySearch;
import org.carefeed.choice.directory.ProviderViews;
import org.carefeed.platform.web.FieldProblem;
import org.carefeed.platform.web.InvalidRequest;
import org.carefeed.web.Crumb;
import org.carefeed.web.PageError;
import org.carefeed.web.PageErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The results of "Find and compare services": the start page's form, asked of the directory's search
 * (the API's own, so the same queries), a page of providers at a time. Every parameter is text here, so
 * that whatever arrives is answered with the form and the design system's error summary, never a
 * problem detail: people type into this form.
 */
@Controller
class SearchPageController {

    static final int PER_PAGE = 20;
    /** The distances offered around a postcode, in km. */
    static final List<String> DISTANCES = List.of("1", "2", "5", "10", "25", "50");
    /** The API's own default. */
    static final String DEFAULT_DISTANCE = "10";
    /**
     * What a name may hold: letters, digits, spaces and the punctuation names use. Anything else (a
     * script tag, a MongoDB operator) is not part of any provider's name, and is better answered with
     * what to type than with no results.
     */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{N} '’&.,()/-]*");
    private static final int NAME_MAX = 100;
    private static final int POSTCODE_MAX = 40;
    /** The cursors of the pages before this one, oldest first, in {@code back}; base64url never holds a dot. */
    private static final String BACK_SEPARATOR = ".";
    private static final String FIRST_PAGE = "-";

    private final DirectorySearch directory;

    SearchPageController(DirectorySearch directory) {
        this.directory = directory;
    }

    /** The form as sent, to show again as it was typed. */
    record Form(String q, String near, String type, String radiusKm) {

        public boolean hasNear() {
            return !near.isBlank();
        }

        public boolean isDistance(String km) {
            return km.equals(radiusKm.isEmpty() ? DEFAULT_DISTANCE : radiusKm);
        }
    }

    /** One provider in the results. */
    record Result(String name, String href, String type, String address, String distance, Rating rating) {
    }

    /**
     * Its fair rating: {@code stars} out of 5 (the score rounded to a whole star) and how many reviews it
     * comes from; or, without one, why not.
     */
    record Rating(Double score, int stars, long reviewCount, String hiddenReason) {

        public boolean shown() {
            return score != null;
        }

        public String starText() {
            return "★".repeat(stars) + "☆".repeat(5 - stars);
        }
    }

    /** The page: the form again, then either errors or results, with links to the pages beside it. */
    record SearchPage(Form form, List<StartPageController.TypeOption> types, List<String> distances,
            PageErrors errors, List<Crumb> crumbs, List<Result> results, String count, String previous, String next) {
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String near,
            @RequestParam(required = false) String type, @RequestParam(required = false) String radiusKm,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) String back,
            Model model, HttpServletResponse response) {
        Form form = new Form(text(q), text(near), text(type), text(radiusKm));
        List<PageError> errors = check(form);
        List<Result> results = List.of();
        String count = null;
        String previous = null;
        String next = null;
        if (errors.isEmpty()) {
            try {
                ProviderViews.Results found = directory.find(new DirectorySearch.Parameters(form.q(),
                        form.type(), null, form.near(), form.hasNear() ? radius(form) : null, null, null,
                        form.hasNear() ? "distance" : "name", PER_PAGE, text(cursor)));
                results = found.items().stream().map(SearchPageController::result).toList();
                count = count(found);
                List<String> earlier = backChain(back, cursor);
                previous = earlier == null || earlier.isEmpty() ? null
                        : pageLink(form, earlier.get(earlier.size() - 1), earlier.subList(0, earlier.size() - 1));
                if (found.next() != null) {
                    List<String> chain = new ArrayList<>(earlier == null ? List.of() : earlier);
                    chain.add(text(cursor).isEmpty() ? FIRST_PAGE : text(cursor));
                    next = pageLink(form, found.next(), chain);
                }
            } catch (InvalidRequest refused) {
                errors = pageErrors(refused, form);
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("page", new SearchPage(form, StartPageController.PAGE.types(), DISTANCES,
                new PageErrors(errors), List.of(new Crumb("Find and compare services", "/")), results, count,
                previous, next));
        return "search/results";
    }

    /** What the page checks before asking: in the order of the fields, so the summary follows the form. */
    private static List<PageError> check(Form form) {
        List<PageError> errors = new ArrayList<>();
        if (form.q().length() > NAME_MAX) {
            errors.add(new PageError("q", "Name of the service must be " + NAME_MAX + " characters or fewer"));
        } else if (!NAME.matcher(form.q()).matches()) {
            errors.add(new PageError("q",
                    "Name of the service must only include letters, numbers, spaces and . , ' & ( ) / -"));
        }
        if (form.near().length() > POSTCODE_MAX) {
            errors.add(new PageError("near", "Enter a real postcode, such as LS1 4AP"));
        }
        if (form.q().isEmpty() && form.near().isEmpty() && errors.isEmpty()) {
            errors.add(new PageError("q", "Enter a name or a postcode"));
        }
        if (!form.type().isEmpty()
                && StartPageController.PAGE.types().stream().noneMatch(t -> t.value().equals(form.type()))) {
            errors.add(new PageError("type", "Select a type of service from the list"));
        }
        if (!form.radiusKm().isEmpty() && !DISTANCES.contains(form.radiusKm())) {
            errors.add(new PageError("radiusKm", "Select a distance from the list"));
        }
        return errors;
    }

    private static double radius(Form form) {
        return Double.parseDouble(form.radiusKm().isEmpty() ? DEFAULT_DISTANCE : form.radiusKm());
    }

    /** The search's own refusals, in the page's words, on the field they are about. */
    @SuppressWarnings("unchecked")
    private static List<PageError> pageErrors(InvalidRequest refused, Form form) {
        Object listed = refused.getBody().getProperties() == null ? null
                : refused.getBody().getProperties().get("errors");
        List<FieldProblem> problems = listed instanceof List<?> list ? (List<FieldProblem>) list : List.of();
        List<PageError> errors = new ArrayList<>();
        for (FieldProblem problem : problems) {
            errors.add(switch (problem.field()) {
                case "near" -> new PageError("near", "Enter a postcode we can find, such as LS1 4AP: we cannot tell "
                        + "where " + form.near() + " is");
                case "radiusKm" -> new PageError("radiusKm", "Select a smaller distance, or add a name or type of "
                        + "service: there are too many services within " + (form.radiusKm().isEmpty() ? DEFAULT_DISTANCE : form.radiusKm()) + " km to sort");
                // Only a link this page did not write has a cursor the search refuses.
                default -> new PageError("q", "Search again: the link to that page of results does not work");
            });
        }
        return errors.isEmpty() ? List.of(new PageError("q", "Search again")) : errors;
    }

    private static Result result(ProviderViews.Summary provider) {
        var reviews = provider.reviews();
        Rating rating = reviews == null ? new Rating(null, 0, 0, "No reviews have been published yet.")
                : new Rating(reviews.fairScore(), reviews.fairScore() == null ? 0
                        : (int) Math.round(reviews.fairScore()), reviews.reviewCount(), reviews.scoreHiddenReason());
        return new Result(provider.name(), "/providers/" + provider.code(), typeLabel(provider.type()),
                address(provider), provider.distanceKm() == null ? null
                        : String.format(Locale.UK, "%.1f km away", provider.distanceKm()), rating);
    }

    private static String typeLabel(String type) {
        if (type == null) {
            return null;
        }
        return StartPageController.PAGE.types().stream().filter(t -> t.value().equals(type))
                .map(StartPageController.TypeOption::label).findFirst()
                .orElseGet(() -> {
                    String words = type.replace('-', ' ');
                    return words.substring(0, 1).toUpperCase(Locale.UK) + words.substring(1);
                });
    }

    private static String address(ProviderViews.Summary provider) {
        if (provider.address() == null) {
            return null;
        }
        List<String> parts = new ArrayList<>(provider.address().lines());
        Arrays.asList(provider.address().town(), provider.address().postcode()).forEach(part -> {
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        });
        return String.join(", ", parts);
    }

    private static String count(ProviderViews.Results found) {
        if (found.totalIsLowerBound()) {
            return String.format(Locale.UK, "More than %,d services found", found.total());
        }
        return found.total() == 1 ? "1 service found" : String.format(Locale.UK, "%,d services found", found.total());
    }

    /**
     * The cursors of the pages before this one, from {@code back}; null when {@code back} is not one this
     * page wrote (then there is no "Previous", and the search itself is still answered).
     */
    private static List<String> backChain(String back, String cursor) {
        if (text(cursor).isEmpty()) {
            return List.of();
        }
        if (back == null || back.isEmpty() || !back.matches("[A-Za-z0-9_.-]{1,4000}")) {
            return null;
        }
        return List.of(back.split(Pattern.quote(BACK_SEPARATOR)));
    }

    private static String pageLink(Form form, String cursor, List<String> back) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/search");
        addIfGiven(link, "q", form.q());
        addIfGiven(link, "near", form.near());
        addIfGiven(link, "type", form.type());
        addIfGiven(link, "radiusKm", form.radiusKm());
        if (!cursor.equals(FIRST_PAGE)) {
            link.queryParam("cursor", cursor);
            link.queryParam("back", String.join(BACK_SEPARATOR, back));
        }
        return link.build().encode().toUriString();
    }

    private static void addIfGiven(UriComponentsBuilder link, String name, String value) {
        if (!value.isEmpty()) {
            link.queryParam(name, value);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
