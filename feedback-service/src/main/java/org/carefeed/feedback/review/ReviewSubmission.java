package org.carefeed.feedback.review;

import java.time.Clock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.carefeed.events.EventCodec;
import org.carefeed.feedback.directory.ProviderDirectory;
import org.carefeed.feedback.moderation.ContentChecks;
import org.carefeed.feedback.moderation.ModerationPolicy;
import org.carefeed.feedback.moderation.Redactor;
import org.carefeed.feedback.privatelink.PrivateLinkKey;
import org.carefeed.platform.web.InvalidRequest;
import org.springframework.stereotype.Service;

/**
 * Accepts a review: checks the provider is open, runs the automatic checks, and stores the review
 * (with its event, when it is published at once) in one write. Nothing is stored for a refused review.
 */
@Service
public class ReviewSubmission {

    private final ReviewRepository reviews;
    private final ProviderDirectory directory;
    private final ContentChecks checks;
    private final ModerationPolicy policy;
    private final Redactor redactor;
    private final EventCodec codec;
    private final Clock clock;
    private final MeterRegistry metrics;

    ReviewSubmission(ReviewRepository reviews, ProviderDirectory directory, ContentChecks checks,
            ModerationPolicy policy, Redactor redactor, EventCodec codec, Clock clock, MeterRegistry metrics) {
        this.reviews = reviews;
        this.directory = directory;
        this.checks = checks;
        this.policy = policy;
        this.redactor = redactor;
        this.codec = codec;
        this.clock = clock;
        this.metrics = metrics;
    }

    public record Submitted(Review review, String authorSecret) {

        /** What became of the review at once, as the API names it: awaiting-moderation or published. */
        public String status() {
            return review.status().apiName();
        }
    }

    /** @throws InvalidRequest a 422 if the provider is unknown or closed */
    public Submitted submit(SubmitReviewRequest request) {
        directory.requireOpen(request.providerCode(), "providerCode");
        PrivateLinkKey key = PrivateLinkKey.generate();
        Review review = Review.submitted(request, key.hash(), clock.instant());
        review.screen(checks.check(request.title(), request.text(), request.serviceName(), request.displayName()),
                policy.publishesUnflaggedAtOnce(), redactor, codec, clock.instant());
        Review stored = reviews.insert(review);
        // Published at once (policy auto, nothing flagged) or waiting for a moderator. Refused
        // submissions are http.server.requests with a 4xx status.
        Counter.builder("carefeed.submissions").description("Reviews and complaints accepted, by what became of them at once")
                .tag("type", "review")
                .tag("outcome", stored.status().apiName()).register(metrics).increment();
        return new Submitted(stored, key.secret());
    }
}
