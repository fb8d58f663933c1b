package org.carefeed.feedback.review;

import java.time.Clock;

import org.carefeed.events.EventCodec;
import org.carefeed.feedback.privatelink.PrivateLinkKey;
import org.carefeed.platform.mongo.OptimisticRetry;
import org.carefeed.platform.web.NotFound;
import org.springframework.stereotype.Service;

/** What an author can do with their private link: see their review's status, and withdraw it. */
@Service
public class AuthorLinks {

    private final ReviewRepository reviews;
    private final EventCodec codec;
    private final Clock clock;

    AuthorLinks(ReviewRepository reviews, EventCodec codec, Clock clock) {
        this.reviews = reviews;
        this.codec = codec;
        this.clock = clock;
    }

    /** @throws NotFound for any secret that is not a review's, without saying more */
    Review find(String secret) {
        return PrivateLinkKey.hashOf(secret).flatMap(reviews::findByAuthorKeyHash)
                .orElseThrow(() -> new NotFound("This link does not match any review. Check you copied all of it."));
    }

    /** What the author's status page shows. @throws NotFound as {@link #find} */
    public AuthorView view(String secret) {
        return AuthorView.of(find(secret));
    }

    /** Withdraws the review, for the author's status page. @throws NotFound as {@link #find} */
    public AuthorView withdrawAndView(String secret) {
        return AuthorView.of(withdraw(secret));
    }

    Review withdraw(String secret) {
        return OptimisticRetry.run(() -> {
            Review review = find(secret);
            review.withdraw(codec, clock.instant());
            return reviews.save(review);
        });
    }
}
