package org.carefeed.feedback.review;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.carefeed.feedback.moderation.ModerationReason;

/**
 * What the author sees through their private link: their review's status and how it got there. No
 * moderator's identity or note, and no reports.
 */
public record AuthorView(String id, String providerCode, String status, int rating, String title, Instant submittedAt,
        Instant publishedAt, boolean canWithdraw, boolean canErase, List<Step> timeline) {

    private static final Set<String> SHOWN = Set.of("submitted", "queued-for-moderation", "published", "rejected",
            "withdrawn", "removed", "expired", "erased");

    /** @param reason what a moderator's reason means, for a rejection or removal */
    public record Step(String action, String status, Instant at, String reason) {
    }

    static AuthorView of(Review review) {
        boolean canWithdraw = review.status() == ReviewStatus.PUBLISHED
                || review.status() == ReviewStatus.AWAITING_MODERATION;
        List<Step> timeline = review.audit().stream()
                .filter(entry -> SHOWN.contains(entry.action()))
                .map(entry -> new Step(entry.action(), entry.status(), entry.at(),
                        entry.reason() == null ? null
                                : ModerationReason.fromCode(entry.reason()).map(ModerationReason::label).orElse(null)))
                .toList();
        return new AuthorView(review.id(), review.providerCode(), review.status().apiName(), review.rating(),
                review.title(), review.submittedAt(), review.publishedAt(), canWithdraw,
                review.status() != ReviewStatus.ERASED, timeline);
    }
}
