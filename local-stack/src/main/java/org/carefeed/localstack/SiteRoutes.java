package org.carefeed.localstack;

import java.util.Arrays;
import java.util.List;

/**
 * Which service answers a path on the one site, as an ingress would route it in production (the README's
 * "One site" shows the same table as nginx {@code location}s). feedback-service's prefixes are listed one by
 * one; everything else, the home page and the public site included, is choice-service's.
 *
 * <p>A prefix matches whole path segments: {@code /api/reviews} matches {@code /api/reviews} and
 * {@code /api/reviews/42/response}, never {@code /api/reviewsx}; {@code *} stands for one segment. Both
 * services answer under {@code /api/providers/{code}/}: only the {@code feedback} branch is feedback-service's
 * (staff's view), the provider itself, its reviews and rating are choice-service's open data. Matching is on
 * the decoded path without matrix parameters ({@code ;...}), so an encoded or decorated path cannot reach a
 * service other than the one its own router would pick; each service still checks access itself.
 */
final class SiteRoutes {

    enum Service {
        FEEDBACK("feedback-service"), CHOICE("choice-service");

        private final String serviceName;

        Service(String serviceName) {
            this.serviceName = serviceName;
        }

        String serviceName() {
            return serviceName;
        }
    }

    /** feedback-service's part of the site: its pages and APIs. Keep in step with the README's "One site". */
    static final List<String> FEEDBACK_PREFIXES = List.of(
            "/api/auth",
            "/api/account",
            "/api/reviews",
            "/api/review-links",
            "/api/complaints",
            "/api/complaint-links",
            "/api/moderation",
            "/api/admin/accounts",
            "/api/admin/reviews",
            "/api/admin/complaints",
            "/api/providers/*/feedback",
            // feedback-service's pages: "Leave a review" and the author's status page.
            "/review");

    private static final List<String[]> FEEDBACK = FEEDBACK_PREFIXES.stream().map(SiteRoutes::segments).toList();

    private SiteRoutes() {
    }

    /** The service that owns {@code path}, the decoded path of a request (no query). */
    static Service serviceFor(String path) {
        String[] segments = segments(path);
        return FEEDBACK.stream().anyMatch(prefix -> startsWith(segments, prefix)) ? Service.FEEDBACK : Service.CHOICE;
    }

    private static boolean startsWith(String[] segments, String[] prefix) {
        if (segments.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (!prefix[i].equals("*") && !prefix[i].equals(segments[i])) {
                return false;
            }
        }
        return true;
    }

    /** The non-empty segments of a path, each without matrix parameters. */
    private static String[] segments(String path) {
        return Arrays.stream(path.split("/"))
                .map(segment -> segment.contains(";") ? segment.substring(0, segment.indexOf(';')) : segment)
                .filter(segment -> !segment.isEmpty())
                .toArray(String[]::new);
    }
}
