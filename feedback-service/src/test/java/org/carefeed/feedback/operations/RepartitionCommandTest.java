package org.carefeed.feedback.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Wrong arguments are refused before the broker is asked anything. */
class RepartitionCommandTest {

    @Test
    void withoutAPartitionCountItPrintsHowToUseIt() {
        assertThat(RepartitionCommand.run(List.of(), Map.of())).isEqualTo(2);
        assertThat(RepartitionCommand.run(List.of("carefeed.reviews.v2"), Map.of())).isEqualTo(2);
    }

    @Test
    void aCountThatIsNotAPositiveNumberIsRefused() {
        assertThat(RepartitionCommand.run(List.of("--partitions=0"), Map.of())).isEqualTo(2);
        assertThat(RepartitionCommand.run(List.of("--partitions=six"), Map.of())).isEqualTo(2);
    }

    @Test
    void anUnknownOptionIsRefusedRatherThanIgnored() {
        assertThat(RepartitionCommand.run(List.of("--partitions=6", "--dry-run"), Map.of())).isEqualTo(2);
    }

    @Test
    void everyKeyedTopicIsRepartitionedByDefault() {
        assertThat(RepartitionCommand.CAREFEED_TOPICS).contains("carefeed.reviews.v2", "carefeed.reviews.v2.DLT",
                "carefeed.review-outcomes.v1", "carefeed.providers.v1", "carefeed.complaints.v1",
                "carefeed.accounts.v1");
    }
}
