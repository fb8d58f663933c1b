package org.carefeed.feedback.safeguarding;

import java.util.List;
import java.util.function.Predicate;

import jakarta.validation.Valid;
import org.carefeed.feedback.account.Account;
import org.carefeed.feedback.account.Role;
import org.carefeed.feedback.auth.ProviderAccess;
import org.carefeed.feedback.complaint.ComplaintSafeguarding;
import org.carefeed.feedback.review.ReviewSafeguarding;
import org.carefeed.platform.web.Forbidden;
import org.carefeed.platform.web.NotFound;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Raising, closing and listing safeguarding concerns. Moderators (under {@code /api/moderation}, their
 * role checked by security) act on any review and see every open concern, complaints without the
 * complainant's words; a provider's staff (under {@code /api/providers/{code}/feedback}) raise concerns
 * on its reviews and complaints; its designated safeguarding contacts see them in full and close them.
 */
@RestController
class SafeguardingController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String STAFF_PATH = "/api/providers/{code}/feedback";

    private final ReviewSafeguarding reviews;
    private final ComplaintSafeguarding complaints;
    private final ProviderAccess access;

    SafeguardingController(ReviewSafeguarding reviews, ComplaintSafeguarding complaints, ProviderAccess access) {
        this.reviews = reviews;
        this.complaints = complaints;
        this.access = access;
    }

    /** Open concerns, the longest open first. */
    record OpenConcerns(List<ReviewSafeguarding.Held> reviews, List<ComplaintSafeguarding.Held> complaints) {
    }

    @PostMapping(path = "/api/moderation/reviews/{id}/safeguarding", consumes = JSON, produces = JSON)
    ReviewSafeguarding.Held moderatorRaises(@PathVariable String id, @Valid @RequestBody ConcernRequest request,
            @AuthenticationPrincipal Account moderator) {
        return reviews.raise(id, "moderator:" + moderator.id(), anyProvider(), request.note());
    }

    @PostMapping(path = "/api/moderation/reviews/{id}/safeguarding/resolution", consumes = JSON, produces = JSON)
    ReviewSafeguarding.Held moderatorResolves(@PathVariable String id, @Valid @RequestBody ConcernRequest request,
            @AuthenticationPrincipal Account moderator) {
        return reviews.resolve(id, "moderator:" + moderator.id(), anyProvider(), request.note());
    }

    @GetMapping(path = "/api/moderation/safeguarding", produces = JSON)
    OpenConcerns forModerators() {
        return new OpenConcerns(reviews.open(null),
                complaints.open(null).stream().map(ComplaintSafeguarding.Held::withoutDetails).toList());
    }

    @PostMapping(path = STAFF_PATH + "/reviews/{id}/safeguarding", consumes = JSON, produces = JSON)
    ReviewSafeguarding.Held staffRaiseOnReview(@PathVariable String code, @PathVariable String id,
            @Valid @RequestBody ConcernRequest request, @AuthenticationPrincipal Account staff) {
        ReviewSafeguarding.Held held = reviews.raise(id, "staff:" + staff.id(), staffOf(staff, code), request.note());
        // Staff never read a review's original words; its designated safeguarding contacts may.
        return staff.has(Role.SAFEGUARDING) ? held : held.withoutWords();
    }

    @PostMapping(path = STAFF_PATH + "/complaints/{reference}/safeguarding", consumes = JSON, produces = JSON)
    ComplaintSafeguarding.Held staffRaiseOnComplaint(@PathVariable String code, @PathVariable String reference,
            @Valid @RequestBody ConcernRequest request, @AuthenticationPrincipal Account staff) {
        return complaints.raise(reference, "staff:" + staff.id(), staffOf(staff, code), request.note());
    }

    @PostMapping(path = STAFF_PATH + "/reviews/{id}/safeguarding/resolution", consumes = JSON, produces = JSON)
    ReviewSafeguarding.Held contactResolvesReview(@PathVariable String code, @PathVariable String id,
            @Valid @RequestBody ConcernRequest request, @AuthenticationPrincipal Account staff) {
        return reviews.resolve(id, "staff:" + staff.id(), contactOf(staff, code), request.note());
    }

    @PostMapping(path = STAFF_PATH + "/complaints/{reference}/safeguarding/resolution", consumes = JSON, produces = JSON)
    ComplaintSafeguarding.Held contactResolvesComplaint(@PathVariable String code, @PathVariable String reference,
            @Valid @RequestBody ConcernRequest request, @AuthenticationPrincipal Account staff) {
        return complaints.resolve(reference, "staff:" + staff.id(), contactOf(staff, code), request.note());
    }

    @GetMapping(path = STAFF_PATH + "/safeguarding", produces = JSON)
    OpenConcerns forContacts(@PathVariable String code, @AuthenticationPrincipal Account staff) {
        contactOf(staff, code);
        return new OpenConcerns(reviews.open(code), complaints.open(code));
    }

    private static Predicate<String> anyProvider() {
        return providerCode -> true;
    }

    /** Staff of the provider in the path, acting on that provider's feedback only. */
    private Predicate<String> staffOf(Account staff, String code) {
        if (!access.worksFor(staff, code)) {
            throw new NotFound("There is no feedback for you at this provider.");
        }
        return code::equals;
    }

    private Predicate<String> contactOf(Account staff, String code) {
        Predicate<String> ofProvider = staffOf(staff, code);
        if (!staff.has(Role.SAFEGUARDING)) {
            throw new Forbidden("Only the provider's designated safeguarding contacts can see and close concerns.");
        }
        return ofProvider;
    }
}
