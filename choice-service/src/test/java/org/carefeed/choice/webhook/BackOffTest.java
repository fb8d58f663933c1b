package org.carefeed.choice.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackOffTest {

    @Test
    void theBackOffGrowsFromTheInitialWaitToItsCapAndNeverBeyond() {
        Duration initial = Duration.ofSeconds(30);
        Duration max = Duration.ofHours(2);
        assertThat(BackOff.ceiling(initial, max, 1)).isEqualTo(initial);
        assertThat(BackOff.ceiling(initial, max, 3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(BackOff.ceiling(initial, max, 20)).isEqualTo(max);
        assertThat(BackOff.ceiling(initial, max, 1000)).isEqualTo(max);
        for (int i = 0; i < 200; i++) {
            assertThat(BackOff.after(initial, max, 3)).isBetween(Duration.ZERO, Duration.ofMinutes(2));
        }
    }
}
