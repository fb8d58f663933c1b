package org.carefeed.feedback.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class DirectoryReplicaHealthTest {

    private static final TopicPartition FIRST = new TopicPartition("carefeed.providers.v1", 0);
    private static final TopicPartition SECOND = new TopicPartition("carefeed.providers.v1", 1);

    @Test
    void readyOnlyOnceEveryPartitionIsReadToWhereItEndedAtStartUp() {
        Map<TopicPartition, Long> ends = Map.of(FIRST, 120L, SECOND, 0L);

        assertThat(DirectoryReplicaHealth.caughtUp(ends, Map.of())).as("nothing read yet").isFalse();
        assertThat(DirectoryReplicaHealth.caughtUp(ends, Map.of(FIRST, new OffsetAndMetadata(119)))).isFalse();
        assertThat(DirectoryReplicaHealth.caughtUp(ends, Map.of(FIRST, new OffsetAndMetadata(120))))
                .as("an empty partition needs nothing").isTrue();
        assertThat(DirectoryReplicaHealth.caughtUp(Map.of(FIRST, 0L, SECOND, 0L), Map.of()))
                .as("an empty topic: ready at once").isTrue();
    }
}
