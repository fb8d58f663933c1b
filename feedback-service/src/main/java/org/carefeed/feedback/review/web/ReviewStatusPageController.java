package org.carefeed.feedback.review.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.carefeed.feedback.review.AuthorLinks;
import org.carefeed.platform.web.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The page behind the author's private link: what became of their review, and "withdraw". The secret in
 * the address is the key, as for {@code /api/review-links}; a page of another site cannot post a withdrawal
 * without knowing it, so this form needs no CSRF token. Answered {@code no-store} (carefeed.web.private-paths).
 */
@Controller
@RequestMapping(ReviewStatusPageController.PATH)
class ReviewStatusPageController {

    static final String PATH = "/review/status";
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final AuthorLinks links;

    ReviewStatusPageController(AuthorLinks links) {
        this.links = links;
    }

    @GetMapping("/{secret}")
    String status(@PathVariable String secret, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("review", links.view(secret));
        } catch (NotFound unknown) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "review/status-not-found";
        }
        model.addAttribute("when", WHEN);
        model.addAttribute("secret", secret);
        return "review/status";
    }

    /** Takes the review down, or out of the queue, for good; then shows the status (post, redirect, get). */
    @PostMapping("/{secret}/withdraw")
    String withdraw(@PathVariable String secret, Model model, HttpServletResponse response) {
        try {
            links.withdrawAndView(secret);
        } catch (NotFound unknown) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "review/status-not-found";
        } catch (ErrorResponseException cannot) {
            // Already withdrawn, rejected or removed: the page says what it is now.
            return "redirect:" + PATH + "/" + secret;
        }
        return "redirect:" + PATH + "/" + secret + "?withdrawn";
    }
}
