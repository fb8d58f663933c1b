package org.carefeed.feedback.review.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.carefeed.feedback.directory.KnownProvider;
import org.carefeed.feedback.directory.ProviderDirectory;
import org.carefeed.feedback.privatelink.PrivateLinks;
import org.carefeed.feedback.review.ReviewLicence;
import org.carefeed.feedback.review.ReviewSubmission;
import org.carefeed.feedback.review.SubmitReviewRequest;
import org.carefeed.platform.web.InvalidRequest;
import org.carefeed.platform.web.NotFound;
import org.carefeed.web.PageError;
import org.carefeed.web.PageErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Leave a review": one question a page, then check your answers, then the confirmation with the private
 * link. Every page is the answer to a form post carrying all answers so far (hidden fields), so any
 * instance can serve the next page and nothing is kept on the server until the review is submitted.
 * Only that last post changes anything; it needs the form's CSRF token (see SecurityConfiguration) and
 * counts against the same submission rate limit as {@code POST /api/reviews}.
 */
@Controller
@RequestMapping(ReviewPagesController.PATH)
class ReviewPagesController {

    static final String PATH = "/review";
    private static final String RETURN_TO_CHECK = "check";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** A choice of a radios question: the API's value and how people say it. */
    record Role(String value, String label) {
    }

    static final List<Role> ROLES = List.of(
            new Role("patient", "I am the patient"),
            new Role("carer", "I care for the patient"),
            new Role("relative-or-friend", "I am a relative or friend of the patient"),
            new Role("other", "Someone else"));

    /** The rating's choices, best first, as the radios show them (the first has the field's id). */
    static final List<Role> RATINGS = List.of(
            new Role("5", "5 stars – excellent"),
            new Role("4", "4 stars – good"),
            new Role("3", "3 stars – average"),
            new Role("2", "2 stars – poor"),
            new Role("1", "1 star – very poor"));

    /** One line of check your answers. */
    record Row(Question question, String answer) {
    }

    private final AnswerChecks checks;
    private final ReviewSubmission submission;
    private final ProviderDirectory directory;
    private final ReviewLicence licence;
    private final PrivateLinks links;

    ReviewPagesController(AnswerChecks checks, ReviewSubmission submission, ProviderDirectory directory,
            ReviewLicence licence, PrivateLinks links) {
        this.checks = checks;
        this.submission = submission;
        this.directory = directory;
        this.licence = licence;
        this.links = links;
    }

    /** The start of the form; a provider page links here with {@code ?provider=CODE}. */
    @GetMapping({"", "/provider"})
    String start(@RequestParam(name = "provider", required = false) String provider, Model model) {
        return questionPage(Question.PROVIDER, ReviewAnswers.forProvider(provider), PageErrors.NONE, "", model);
    }

    /** The answer to one question: the same page with its errors, or the next question. */
    @PostMapping("/{slug}")
    String answer(@PathVariable String slug, ReviewAnswers answers,
            @RequestParam(required = false) String visitMonthMonth, @RequestParam(required = false) String visitMonthYear,
            @RequestParam(defaultValue = "") String returnTo, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        Question question = question(slug);
        if (question == Question.VISIT_MONTH) {
            answers = answers.withVisitMonth(monthOf(visitMonthMonth, visitMonthYear));
            model.addAttribute("monthTyped", visitMonthMonth);
            model.addAttribute("yearTyped", visitMonthYear);
        }
        PageErrors errors = checks.check(answers, question);
        if (errors.any()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return questionPage(question, answers, errors, returnTo, model);
        }
        Optional<Question> next = RETURN_TO_CHECK.equals(returnTo) ? Optional.empty() : question.next();
        if (next.isPresent()) {
            return questionPage(next.get(), answers, PageErrors.NONE, "", model);
        }
        return checkYourAnswers(answers, model, request, response);
    }

    /** A "Change" button of check your answers: the question again, then back to checking. */
    @PostMapping("/{slug}/change")
    String change(@PathVariable String slug, ReviewAnswers answers, Model model) {
        return questionPage(question(slug), answers, PageErrors.NONE, RETURN_TO_CHECK, model);
    }

    /** Stores the review; the only post that changes anything. */
    @PostMapping("/submit")
    String submit(ReviewAnswers answers, Model model, HttpServletRequest request, HttpServletResponse response) {
        Optional<Question> wrong = checks.firstWrong(answers);
        if (wrong.isPresent()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return questionPage(wrong.get(), answers, checks.check(answers, wrong.get()), RETURN_TO_CHECK, model);
        }
        ReviewSubmission.Submitted submitted;
        try {
            submitted = submission.submit(answers.toRequest());
        } catch (InvalidRequest closedMeanwhile) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return questionPage(Question.PROVIDER, answers, PageErrors.of(new PageError(Question.PROVIDER.field,
                    closedMeanwhile.getBody().getDetail())), RETURN_TO_CHECK, model);
        }
        model.addAttribute("privateLink", links.to(ReviewStatusPageController.PATH + "/" + submitted.authorSecret()));
        model.addAttribute("published", "published".equals(submitted.status()));
        model.addAttribute("providerName", providerName(answers.providerCode()));
        return "review/submitted";
    }

    /** A post without a valid form token: its form is older than the browser's form cookie, or not ours. */
    @RequestMapping(path = "/form-expired", method = {RequestMethod.GET, RequestMethod.POST})
    String formExpired() {
        return "review/form-expired";
    }

    private String checkYourAnswers(ReviewAnswers answers, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Question> wrong = checks.firstWrong(answers);
        if (wrong.isPresent()) {
            // A hidden field was changed on the way: ask that question again.
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return questionPage(wrong.get(), answers, checks.check(answers, wrong.get()), "", model);
        }
        // Made now, before the page is written, so the form cookie is set before the response is committed.
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        model.addAttribute("csrfName", token.getParameterName());
        model.addAttribute("csrfToken", token.getToken());
        model.addAttribute("answers", answers);
        model.addAttribute("hidden", answers.hiddenExcept(null));
        model.addAttribute("rows", rows(answers));
        model.addAttribute("terms", licence.consent());
        return "review/check";
    }

    private String questionPage(Question question, ReviewAnswers answers, PageErrors errors, String returnTo,
            Model model) {
        model.addAttribute("question", question);
        model.addAttribute("answers", answers);
        model.addAttribute("hidden", answers.hiddenExcept(question));
        model.addAttribute("errors", errors);
        model.addAttribute("returnTo", returnTo);
        model.addAttribute("roles", ROLES);
        model.addAttribute("ratings", RATINGS);
        model.addAttribute("licence", licence);
        model.addAttribute("terms", licence.consent());
        model.addAttribute("maxTitle", SubmitReviewRequest.MAX_TITLE_LENGTH);
        model.addAttribute("minText", SubmitReviewRequest.MIN_TEXT_LENGTH);
        model.addAttribute("maxText", SubmitReviewRequest.MAX_TEXT_LENGTH);
        model.addAttribute("maxService", SubmitReviewRequest.MAX_SERVICE_NAME_LENGTH);
        model.addAttribute("maxName", SubmitReviewRequest.MAX_DISPLAY_NAME_LENGTH);
        if (!model.containsAttribute("monthTyped")) {
            model.addAttribute("monthTyped", monthPart(answers.visitMonth(), true));
            model.addAttribute("yearTyped", monthPart(answers.visitMonth(), false));
        }
        if (question != Question.PROVIDER) {
            model.addAttribute("providerName", providerName(answers.providerCode()));
        }
        return "review/question";
    }

    private static Question question(String slug) {
        return Question.bySlug(slug).orElseThrow(() -> new NotFound("There is no such question."));
    }

    /** The date input's month and year as the API's YYYY-MM; what cannot be one is passed on to fail its check. */
    static String monthOf(String month, String year) {
        String m = month == null ? "" : month.strip();
        String y = year == null ? "" : year.strip();
        if (m.isEmpty() && y.isEmpty()) {
            return null;
        }
        if (m.matches("\\d{1,2}") && y.matches("\\d{4}")) {
            return y + "-" + (m.length() == 1 ? "0" + m : m);
        }
        return y + "-" + m;
    }

    private static String monthPart(String visitMonth, boolean month) {
        try {
            YearMonth parsed = YearMonth.parse(visitMonth);
            return Integer.toString(month ? parsed.getMonthValue() : parsed.getYear());
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }

    private String providerName(String code) {
        return code == null ? null : directory.find(code.strip()).map(KnownProvider::nameOrCode).orElse(code);
    }

    private List<Row> rows(ReviewAnswers answers) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(Question.PROVIDER, providerName(answers.providerCode()) + " (" + answers.providerCode() + ")"));
        rows.add(new Row(Question.SERVICE, blankAs(answers.serviceName(), "Not given")));
        rows.add(new Row(Question.VISIT_MONTH, YearMonth.parse(answers.visitMonth().strip()).format(MONTH)));
        String stars = answers.rating().strip();
        rows.add(new Row(Question.RATING, stars + (stars.equals("1") ? " star" : " stars") + " out of 5"));
        rows.add(new Row(Question.TITLE, answers.title()));
        rows.add(new Row(Question.TEXT, answers.text()));
        rows.add(new Row(Question.AUTHOR_ROLE, ROLES.stream().filter(role -> role.value().equals(answers.authorRole().strip()))
                .map(Role::label).findFirst().orElse(answers.authorRole())));
        rows.add(new Row(Question.DISPLAY_NAME, blankAs(answers.displayName(), "Anonymous")));
        rows.add(new Row(Question.CONSENT, "Yes, I agree to it being published on the terms shown"));
        return rows;
    }

    private static String blankAs(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }
}
