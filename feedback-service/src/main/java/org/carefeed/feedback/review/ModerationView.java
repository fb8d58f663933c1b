package org.carefeed.feedback.review;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A review as a moderator sees it: what the author wrote and what would be public, the flags the
 * automatic checks raised, its reports and its whole audit trail.
 */
record ModerationView(String id, String providerCode, String status, Instant queuedAt, Set<String> flags,
        int reportCount, long openReports, int rating, String title, String text, String serviceName,
        String displayName, String publicTitle, String publicText, String publicServiceName,
        String publicDisplayName, String visitMonth, String authorRole, Instant submittedAt, Instant publishedAt,
        List<Report> reports, List<AuditEntry> audit) {

    static ModerationView of(Review review) {
        return new ModerationView(review.id(), review.providerCode(), review.status().apiName(), review.queuedAt(),
                review.flags(), review.reportCount(), review.reports().stream().filter(Report::open).count(),
                review.rating(), review.title(), review.text(), review.serviceName(), review.displayName(),
                review.publicTitle(), review.publicText(), review.publicServiceName(), review.publicDisplayName(),
                review.visitMonth(), review.authorRole(), review.submittedAt(), review.publishedAt(),
                review.reports(), review.audit());
    }
}
