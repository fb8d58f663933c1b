package org.carefeed.feedback.retention;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.carefeed.feedback.review.ReviewRetention;
import org.carefeed.platform.mongo.Leases;
import org.carefeed.platform.mongo.OncePerPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, on one instance only, removes what has outlived its purpose: the author's original words
 * of reviews published longer ago than {@code carefeed.retention.review-originals} (90 days: the public
 * version stays); reviews published longer ago than {@code carefeed.retention.public-reviews} (24
 * months, the window the figures use), taken out of view and erased everywhere; the description, desired
 * outcome and contact details of complaints resolved or closed longer ago than
 * {@code carefeed.retention.complaint-details} (10 years, after the NHS Records Management Code of
 * Practice for complaint records), keeping the record of how each was handled; sign-in failure counts
 * that no longer count, rate-limit windows that have ended, and password reset links that have expired (MongoDB would expire these by
 * their TTL index; the embedded Mongo-wire server does not). Each run records what it removed, as
 * counts, never content, in {@code purge_runs}.
 */
@Component
public class RetentionPurge {

    static final String LEASE = "retention-purge";
    static final String RUNS = "purge_runs";
    private static final Duration LEASE_LENGTH = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    /** What a complaint holds about the complainant and in their words; the rest is the record of its handling. */
    private static final List<String> COMPLAINT_DETAILS = List.of("description", "desiredOutcome", "contactName",
            "email", "phone", "preferredContact");

    private final MongoTemplate mongo;
    private final OncePerPeriod once;
    private final ReviewRetention reviews;
    private final RetentionProperties periods;
    private final Clock clock;

    RetentionPurge(MongoTemplate mongo, ReviewRetention reviews, RetentionProperties periods, Clock clock) {
        this.mongo = mongo;
        this.once = new OncePerPeriod(new Leases(mongo, clock), LEASE, LEASE_LENGTH);
        this.reviews = reviews;
        this.periods = periods;
        this.clock = clock;
    }

    @Scheduled(cron = "${carefeed.retention.schedule:0 30 3 * * *}", zone = "Europe/London")
    void nightly() {
        run();
    }

    /** @return how many complaints lost their details */
    private long eraseComplaintDetails(Instant now) {
        Date before = Date.from(ago(now, periods.complaintDetails()));
        // Each branch whole, so each is served by its own partial index (details_kept_resolved, _closed).
        Query ended = query(new Criteria().orOperator(
                where("resolvedAt").lt(before).and("description").exists(true),
                where("closedAt").lt(before).and("description").exists(true)));
        // The version moves on, so a copy of a complaint read before this and saved after it fails and
        // is retried on the erased one, instead of writing the details back.
        Update erase = new Update().set("detailsErasedAt", Date.from(now)).inc("version", 1);
        COMPLAINT_DETAILS.forEach(erase::unset);
        return mongo.updateMulti(ended, erase, "complaints").getModifiedCount();
    }

    /** Calendar periods (months, years) counted back in UTC, as a person would count them. */
    private static Instant ago(Instant now, Period period) {
        return now.atZone(ZoneOffset.UTC).minus(period).toInstant();
    }

    /** @return what this run removed, or null if another instance holds the run */
    Document run() {
        return once.run(this::purge).orElse(null);
    }

    private Document purge() {
        Instant now = clock.instant();
        Date cutoff = Date.from(now);
        Document removed = new Document("_id", UUID.randomUUID().toString()).append("at", cutoff)
                .append("reviewOriginalsErased", reviews.eraseOriginalsPublishedBefore(ago(now, periods.reviewOriginals())))
                .append("reviewsExpired", reviews.expirePublishedBefore(ago(now, periods.publicReviews())))
                .append("complaintDetailsErased", eraseComplaintDetails(now))
                .append("signInFailuresForgotten", mongo.remove(query(where("expiresAt").lt(cutoff)),
                        "sign_in_failures").getDeletedCount())
                .append("resetLinksExpired", mongo.remove(query(where("expiresAt").lt(cutoff)),
                        "password_resets").getDeletedCount())
                .append("rateLimitWindowsEnded", mongo.remove(query(where("expiresAt").lt(cutoff)),
                        "rate_limits").getDeletedCount());
        mongo.insert(removed, RUNS);
        log.info("Retention purge removed {}", removed.toJson());
        return removed;
    }
}
