package org.carefeed.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carefeed.localstack.SiteRoutes.Service.CHOICE;
import static org.carefeed.localstack.SiteRoutes.Service.FEEDBACK;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every path the services map today (their controllers' mappings), sent to the service that owns it. */
class SiteRoutesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/auth/token", "/api/auth/password-reset",
            "/api/account/password", "/api/account/second-factor", "/api/account/second-factor/confirm",
            "/api/reviews", "/api/reviews/terms", "/api/reviews/r-1", "/api/reviews/r-1/reports",
            "/api/reviews/r-1/response",
            "/api/review-links/s3cret", "/api/review-links/s3cret/withdraw", "/api/review-links/s3cret/erase",
            "/api/complaints", "/api/complaints/C-123/status",
            "/api/complaint-links/s3cret",
            "/api/moderation/queue", "/api/moderation/reviews/r-1", "/api/moderation/reviews/r-1/decision",
            "/api/moderation/reviews/r-1/safeguarding", "/api/moderation/reviews/r-1/safeguarding/resolution",
            "/api/moderation/safeguarding",
            "/api/admin/accounts", "/api/admin/accounts/a-1/disable", "/api/admin/accounts/a-1/enable",
            "/api/admin/accounts/a-1/access", "/api/admin/accounts/a-1/reset-link",
            "/api/admin/accounts/a-1/second-factor/reset", "/api/admin/accounts/audit",
            "/api/admin/reviews/r-1/erasure", "/api/admin/complaints/C-123/erasure",
            "/api/providers/ZZ101/feedback", "/api/providers/ZZ101/feedback/summary",
            "/api/providers/ZZ101/feedback/safeguarding",
            "/api/providers/ZZ101/feedback/reviews/r-1/safeguarding",
            "/api/providers/ZZ101/feedback/reviews/r-1/safeguarding/resolution",
            "/api/providers/ZZ101/feedback/complaints/C-1/safeguarding",
            "/api/providers/ZZ101/feedback/complaints/C-1/safeguarding/resolution",
            "/review", "/review/provider", "/review/rating", "/review/rating/change", "/review/submit",
            "/review/form-expired", "/review/status/s3cret", "/review/status/s3cret/withdraw",
            // Decorated forms of the same paths go where their service would take them.
            "/api/reviews/", "//api//reviews", "/api/reviews;jsessionid=1/r-1", "/api/providers/ZZ1;x=y/feedback"})
    void feedbackServiceOwnsItsApis(String path) {
        assertThat(SiteRoutes.serviceFor(path)).isEqualTo(FEEDBACK);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/", "", "/providers/ZZ101", "/compare", "/open-data", "/css/main.css", "/favicon.ico",
            "/api", "/api/providers", "/api/providers/ZZ101", "/api/providers/ZZ101/reviews",
            "/api/providers/ZZ101/rating", "/api/compare",
            "/api/changes", "/api/statistics/moderation", "/api/statistics/complaints/providers/ZZ101",
            "/api/statistics/complaints/organisations/ZZ1", "/api/statistics/method",
            "/api/webhooks", "/api/webhooks/w-1", "/api/webhooks/w-1/deliveries",
            "/api/admin/imports", "/api/admin/imports/i-1", "/api/admin/api-keys", "/api/admin/api-keys/k-1",
            "/api/admin/webhooks", "/api/admin/webhooks/w-1/approve", "/api/admin/webhooks/w-1/reject",
            "/api/admin/webhooks/w-1/pause", "/api/admin/webhooks/w-1/resume",
            "/api/admin/dead-letters", "/api/admin/dead-letters/carefeed.reviews.v2/0/12/replay",
            "/feeds/reviews.atom", "/feeds/providers/ZZ101/reviews.json", "/feeds/organisations/ZZ1/reviews.atom",
            "/feeds/types/gp/reviews.atom", "/downloads", "/downloads/reviews.csv",
            "/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html", "/asyncapi.yaml",
            "/schemas/review-published.schema.json", "/readyz",
            // Near misses of feedback-service's prefixes are not its.
            "/api/reviewsx", "/api/review", "/api/providers/feedback", "/api/providers/ZZ101/feedbacks",
            "/api/providers/ZZ101/reviews/feedback", "/api/admin", "/api/admin/account", "/reviews",
            "/feedback"})
    void everythingElseIsChoiceServicesPublicSite(String path) {
        assertThat(SiteRoutes.serviceFor(path)).isEqualTo(CHOICE);
    }
}
