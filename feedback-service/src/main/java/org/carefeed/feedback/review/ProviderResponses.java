package org.carefeed.feedback.review;

import java.time.Clock;
import java.time.Duration;

import org.carefeed.events.EventCodec;
import org.carefeed.feedback.account.Account;
import org.carefeed.feedback.auth.ProviderAccess;
import org.carefeed.feedback.moderation.Redactor;
import org.carefeed.platform.mongo.OptimisticRetry;
import org.carefeed.platform.web.Forbidden;
import org.carefeed.platform.web.NotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Staff publish their provider's one public response to a review, and may edit it for a while. Staff
 * of another provider may see the review (it is public) but not answer it: 403. A review that is not
 * public is not theirs to know about: 404.
 */
@Service
class ProviderResponses {

    private final ReviewRepository reviews;
    private final ProviderAccess access;
    private final Redactor redactor;
    private final EventCodec codec;
    private final Clock clock;
    private final Duration editWindow;

    ProviderResponses(ReviewRepository reviews, ProviderAccess access, Redactor redactor, EventCodec codec,
            Clock clock, @Value("${carefeed.responses.edit-window:30m}") Duration editWindow) {
        this.reviews = reviews;
        this.access = access;
        this.redactor = redactor;
        this.codec = codec;
        this.clock = clock;
        this.editWindow = editWindow;
    }

    Review respond(String id, ResponseRequest request, Account staff) {
        return OptimisticRetry.run(() -> respondOnce(id, request, staff));
    }

    private Review respondOnce(String id, ResponseRequest request, Account staff) {
        Review review = reviews.findById(id).orElseThrow(ProviderResponses::notFound);
        String organisation = access.actingOrganisation(staff, review.providerCode()).orElseThrow(() ->
                review.status() == ReviewStatus.PUBLISHED
                        ? new Forbidden("Only staff of the provider reviewed (or its parent organisation) can respond.")
                        : notFound());
        review.respond("staff:" + staff.id(), staff.id(), organisation, request.text(), editWindow, redactor, codec,
                clock.instant());
        return reviews.save(review);
    }

    private static NotFound notFound() {
        return new NotFound("There is no review with this id.");
    }
}
