package org.carefeed.feedback.review;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The author's private link: no account, the unguessable secret in the link is the key. */
@RestController
@RequestMapping(path = ReviewLinkController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
class ReviewLinkController {

    static final String PATH = "/api/review-links";

    private final AuthorLinks links;
    private final ReviewErasure erasure;

    ReviewLinkController(AuthorLinks links, ReviewErasure erasure) {
        this.links = links;
        this.erasure = erasure;
    }

    @GetMapping("/{secret}")
    AuthorView status(@PathVariable String secret) {
        return AuthorView.of(links.find(secret));
    }

    /** Takes the review down, or out of the queue; for good. */
    @PostMapping("/{secret}/withdraw")
    AuthorView withdraw(@PathVariable String secret) {
        return AuthorView.of(links.withdraw(secret));
    }

    /** "Delete my review and its text": whatever its status, every word of it, everywhere. */
    @PostMapping("/{secret}/erase")
    ReviewErasure.Receipt erase(@PathVariable String secret) {
        return erasure.byAuthor(secret);
    }
}
