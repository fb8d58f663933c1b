package org.carefeed.feedback.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.carefeed.events.EventCodec;
import org.carefeed.feedback.account.Account;
import org.carefeed.feedback.moderation.ModerationReason;
import org.carefeed.feedback.moderation.Redactor;
import org.carefeed.platform.mongo.OptimisticRetry;
import org.carefeed.platform.web.InvalidRequest;
import org.carefeed.platform.web.NotFound;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The moderators' queue, oldest first, and their decisions, each kept in the review's audit trail. */
@Service
class Moderation {

    private final ReviewRepository reviews;
    private final MongoTemplate mongo;
    private final Redactor redactor;
    private final EventCodec codec;
    private final Clock clock;
    private final MeterRegistry metrics;

    Moderation(ReviewRepository reviews, MongoTemplate mongo, Redactor redactor, EventCodec codec, Clock clock,
            MeterRegistry metrics) {
        this.reviews = reviews;
        this.mongo = mongo;
        this.redactor = redactor;
        this.codec = codec;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Reviews awaiting moderation and published reviews with reports, the longest waiting first. */
    List<Review> queue(int limit) {
        return mongo.find(queued().with(Sort.by("queuedAt", "_id")).limit(limit), Review.class);
    }

    long queueLength() {
        return mongo.count(queued(), Review.class);
    }

    private static Query queued() {
        return Query.query(Criteria.where("queuedAt").ne(null));
    }

    Review review(String id) {
        return reviews.findById(id).orElseThrow(() -> new NotFound("There is no review with this id."));
    }

    Review decide(String id, DecisionRequest decision, Account moderator) {
        Review decided = OptimisticRetry.run(() -> apply(review(id), decision, moderator));
        Counter.builder("carefeed.moderation.decisions").description("Moderators' decisions, by decision")
                .tag("decision", decision.decision()).register(metrics).increment();
        return decided;
    }

    /** Documents in the queue, and when the one waiting longest joined it: for the queue's gauges. */
    record QueueState(long length, Instant oldestQueuedAt) {
    }

    QueueState queueState() {
        long length = queueLength();
        List<Review> first = length == 0 ? List.of() : queue(1);
        return new QueueState(length, first.isEmpty() ? null : first.get(0).queuedAt());
    }

    private Review apply(Review review, DecisionRequest decision, Account moderator) {
        String actor = "moderator:" + moderator.id();
        switch (decision.decision()) {
            case "publish" -> review.approve(actor, decision.publicTitle(), decision.publicText(), redactor, codec,
                    clock.instant());
            case "reject" -> review.reject(actor, reason(decision), decision.note(), codec, clock.instant());
            case "remove" -> review.remove(actor, reason(decision), decision.note(), codec, clock.instant());
            case "keep" -> review.dismissReports(actor, decision.note(), clock.instant());
            default -> throw InvalidRequest.field("decision", "must be publish, reject, remove or keep");
        }
        return reviews.save(review);
    }

    private static ModerationReason reason(DecisionRequest decision) {
        ModerationReason reason = ModerationReason.fromCode(decision.reason()).orElseThrow(() ->
                InvalidRequest.field("reason", "give a reason: " + ModerationReason.CODE_LIST));
        if (reason == ModerationReason.OTHER && decision.note() == null) {
            throw InvalidRequest.field("note", "explain the reason in a note when it is other");
        }
        return reason;
    }
}
