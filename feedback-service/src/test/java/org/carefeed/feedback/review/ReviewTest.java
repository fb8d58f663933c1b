package org.carefeed.feedback.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.carefeed.events.EventCodec;
import org.carefeed.events.Topics;
import org.carefeed.feedback.moderation.ContentFlag;
import org.carefeed.feedback.moderation.ModerationReason;
import org.carefeed.feedback.moderation.Redactor;
import org.carefeed.platform.outbox.OutboxMessage;
import org.carefeed.platform.web.Conflict;
import org.junit.jupiter.api.Test;

/** The review lifecycle's rules, without a database. */
class ReviewTest {

    private final Redactor redactor = new Redactor();
    private final EventCodec codec = new EventCodec("/test");
    private final Instant now = Instant.parse("2026-11-24T10:00:00Z");

    private Review submitted() {
        return Review.submitted(new SubmitReviewRequest("RJ731", null, 4, "Good", "Kind and quick, thank you.",
                "2026-11", "patient", null, true), "hash", now);
    }

    @Test
    void underPreEveryReviewWaitsAndUnderAutoOnlyFlaggedOnesDo() {
        Review pre = submitted();
        pre.screen(Set.of(), false, redactor, codec, now);
        Review autoClean = submitted();
        autoClean.screen(Set.of(), true, redactor, codec, now);
        Review autoFlagged = submitted();
        autoFlagged.screen(Set.of(ContentFlag.SHOUTING), true, redactor, codec, now);

        assertThat(pre.status()).isEqualTo(ReviewStatus.AWAITING_MODERATION);
        assertThat(autoClean.status()).isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(autoFlagged.status()).isEqualTo(ReviewStatus.AWAITING_MODERATION);
        assertThat(autoFlagged.flags()).containsExactly("shouting");
        assertThat(pre.displayName()).isEqualTo("Anonymous");
    }

    @Test
    void finalStatesRefuseEveryChange() {
        Review rejected = submitted();
        rejected.screen(Set.of(), false, redactor, codec, now);
        rejected.reject("moderator:1", ModerationReason.SPAM, null, codec, now);

        assertThatThrownBy(() -> rejected.approve("moderator:1", null, null, redactor, codec, now))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> rejected.withdraw(codec, now)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> rejected.report("spam", null, now)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> rejected.respond("staff:1", "1", "Trust", "Thanks", Duration.ofMinutes(30), redactor,
                codec, now)).isInstanceOf(Conflict.class);
    }

    @Test
    void reportsAreKeptUpToALimitButAllCounted() {
        Review review = submitted();
        review.screen(Set.of(), true, redactor, codec, now);

        for (int i = 0; i < Review.MAX_REPORTS_KEPT + 10; i++) {
            review.report("spam", null, now.plusSeconds(i));
        }

        assertThat(review.reportCount()).isEqualTo(Review.MAX_REPORTS_KEPT + 10);
        assertThat(review.reports()).hasSize(Review.MAX_REPORTS_KEPT);
        assertThat(review.queuedAt()).as("queued since the first report").isEqualTo(now);
    }

    @Test
    void aPublicReviewTakenDownLeavesATombstoneForEachTopicAnOutcomeAndNoWords() {
        Review review = submitted();
        review.screen(Set.of(), true, redactor, codec, now);
        review.respond("staff:1", "1", "Trust", "Thank you for telling us.", Duration.ofMinutes(30), redactor, codec, now);

        review.expire(codec, now.plusSeconds(60));

        assertThat(review.status()).isEqualTo(ReviewStatus.EXPIRED);
        assertThat(review.publicText()).isNull();
        assertThat(review.text()).isNull();
        assertThat(review.response().publicText()).isNull();
        assertThat(review.response().responderName()).as("who answered stays").isEqualTo("Trust");
        assertThat(review.outbox()).as("no public state with words is left to send")
                .noneMatch(message -> Topics.REVIEWS.equals(message.topic()) && message.value() != null);
        assertThat(review.outbox()).filteredOn(message -> message.value() == null)
                .extracting(OutboxMessage::topic).containsExactly(Topics.REVIEWS, Topics.deadLetter(Topics.REVIEWS));
        assertThat(review.outbox()).extracting(OutboxMessage::eventId).doesNotHaveDuplicates();
        assertThat(review.outbox()).filteredOn(message -> Topics.REVIEW_OUTCOMES.equals(message.topic()))
                .extracting(OutboxMessage::value)
                .anyMatch(value -> value.contains("\"outcome\":\"received\""))
                .anyMatch(value -> value.contains("\"outcome\":\"published\""))
                .anyMatch(value -> value.contains("\"outcome\":\"expired\""));
    }

    @Test
    void theOriginalIsErasedAndThePublicVersionStays() {
        Review review = submitted();
        review.screen(Set.of(), true, redactor, codec, now);

        review.eraseOriginal(now.plusSeconds(60));

        assertThat(review.text()).isNull();
        assertThat(review.title()).isNull();
        assertThat(review.publicText()).isEqualTo("Kind and quick, thank you.");
        assertThat(review.status()).isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(review.originalErasedAt()).isEqualTo(now.plusSeconds(60));
    }

    @Test
    void aRejectedReviewIsCountedButKeepsNoWordAndNeverReachesTheReviewsTopic() {
        Review review = submitted();
        review.screen(Set.of(), false, redactor, codec, now);

        review.reject("moderator:1", ModerationReason.SPAM, "advert", codec, now);

        assertThat(review.text()).isNull();
        assertThat(review.publicText()).isNull();
        assertThat(review.outbox()).extracting(OutboxMessage::topic).containsOnly(Topics.REVIEW_OUTCOMES);
        assertThat(review.erase("author", null, codec, now)).as("nothing left to erase").isEmpty();
    }
}
