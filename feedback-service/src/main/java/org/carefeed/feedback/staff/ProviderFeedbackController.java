package org.carefeed.feedback.staff;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.carefeed.feedback.account.Account;
import org.carefeed.feedback.auth.ProviderAccess;
import org.carefeed.feedback.complaint.ComplaintStatus;
import org.carefeed.feedback.complaint.ComplaintsOfProvider;
import org.carefeed.feedback.review.ReviewStatus;
import org.carefeed.feedback.review.ReviewsOfProvider;
import org.carefeed.platform.web.InvalidRequest;
import org.carefeed.platform.web.ListPage;
import org.carefeed.platform.web.NotFound;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/providers/{code}/feedback}: one list per call, reviews (the default) or complaints,
 * filtered by status, newest first, with a cursor. Staff of another provider get 404, as if there
 * were nothing, so they cannot learn whether a provider has complaints.
 */
@RestController
@RequestMapping(path = "/api/providers/{code}/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
class ProviderFeedbackController {

    private static final String LIMIT_MESSAGE = "must be from 1 to 100";

    private final ProviderAccess access;
    private final ReviewsOfProvider reviews;
    private final ComplaintsOfProvider complaints;

    ProviderFeedbackController(ProviderAccess access, ReviewsOfProvider reviews, ComplaintsOfProvider complaints) {
        this.access = access;
        this.reviews = reviews;
        this.complaints = complaints;
    }

    @GetMapping
    ListPage<?> feedback(@PathVariable String code,
            @RequestParam(defaultValue = "reviews")
            @Pattern(regexp = "^(reviews|complaints)$", message = "must be reviews or complaints") String type,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = LIMIT_MESSAGE)
            @Max(value = 100, message = LIMIT_MESSAGE) int limit,
            @AuthenticationPrincipal Account staff) {
        requireStaffOf(staff, code);
        if (type.equals("complaints")) {
            requireStatus(status, ComplaintStatus.values(), ComplaintStatus::apiName);
            return complaints.page(code, status, overdue, cursor, limit);
        }
        if (overdue) {
            throw InvalidRequest.parameter("overdue", "applies to complaints only: add type=complaints");
        }
        requireStatus(status, ReviewStatus.values(), ReviewStatus::apiName);
        return reviews.page(code, status, cursor, limit);
    }

    /** The numbers a provider's staff watch: reviews answered and how fast, complaints by status and overdue. */
    @GetMapping("/summary")
    FeedbackSummary summary(@PathVariable String code, @AuthenticationPrincipal Account staff) {
        requireStaffOf(staff, code);
        return new FeedbackSummary(code, reviews.responseStats(code), complaints.counts(code));
    }

    record FeedbackSummary(String providerCode, ReviewsOfProvider.ResponseStats responses,
            ComplaintsOfProvider.ComplaintCounts complaints) {
    }

    private void requireStaffOf(Account staff, String code) {
        if (!access.worksFor(staff, code)) {
            throw new NotFound("There is no feedback for you at this provider.");
        }
    }

    private static <S> void requireStatus(String status, S[] statuses, Function<S, String> apiName) {
        List<String> names = Arrays.stream(statuses).map(apiName).toList();
        if (status != null && !names.contains(status)) {
            throw InvalidRequest.parameter("status", "must be one of " + String.join(", ", names));
        }
    }
}
