package org.carefeed.choice.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.carefeed.choice.summary.Acknowledgements.Outcome;
import org.junit.jupiter.api.Test;

class AcknowledgementsTest {

    private static final LocalDate DUE = LocalDate.parse("2026-07-09");

    @Test
    void acknowledgedOnOrBeforeTheDueDayInEnglandIsOnTime() {
        assertThat(Acknowledgements.of(DUE, Instant.parse("2026-07-07T10:00:00Z"), null, DUE.plusDays(30)))
                .isEqualTo(Outcome.ON_TIME);
        assertThat(Acknowledgements.of(DUE, Instant.parse("2026-07-09T22:59:59Z"), null, DUE.plusDays(30)))
                .as("23:59:59 in London, summer time").isEqualTo(Outcome.ON_TIME);
    }

    @Test
    void acknowledgedAfterTheDueDayInEnglandIsLate() {
        assertThat(Acknowledgements.of(DUE, Instant.parse("2026-07-09T23:30:00Z"), null, DUE.plusDays(30)))
                .as("still the 9th in UTC, but the 10th in London").isEqualTo(Outcome.LATE);
        assertThat(Acknowledgements.of(DUE, Instant.parse("2026-07-13T09:00:00Z"), null, DUE.plusDays(30)))
                .isEqualTo(Outcome.LATE);
    }

    @Test
    void inWinterEnglandIsOnUtc() {
        LocalDate due = LocalDate.parse("2026-12-03");
        assertThat(Acknowledgements.of(due, Instant.parse("2026-12-03T23:30:00Z"), null, due)).isEqualTo(Outcome.ON_TIME);
        assertThat(Acknowledgements.of(due, Instant.parse("2026-12-04T00:00:00Z"), null, due)).isEqualTo(Outcome.LATE);
    }

    @Test
    void notAcknowledgedIsLateOnlyOnceTheDueDayHasPassed() {
        assertThat(Acknowledgements.of(DUE, null, null, DUE.minusDays(1))).isEqualTo(Outcome.NOT_COUNTED);
        assertThat(Acknowledgements.of(DUE, null, null, DUE)).as("there is still today").isEqualTo(Outcome.NOT_COUNTED);
        assertThat(Acknowledgements.of(DUE, null, null, DUE.plusDays(1))).isEqualTo(Outcome.LATE);
    }

    @Test
    void closedWithoutAcknowledgementCountsOnlyIfClosedAfterTheDueDay() {
        assertThat(Acknowledgements.of(DUE, null, Instant.parse("2026-07-08T10:00:00Z"), DUE.plusDays(30)))
                .as("a duplicate closed in time").isEqualTo(Outcome.NOT_COUNTED);
        assertThat(Acknowledgements.of(DUE, null, Instant.parse("2026-07-13T10:00:00Z"), DUE.plusDays(30)))
                .as("left unacknowledged past the due day, then closed").isEqualTo(Outcome.LATE);
    }
}
