package org.carefeed.choice.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The counters against the real Mongo-wire server: redelivered, reordered and racing changes. */
class TallyLedgerIT extends IntegrationTest {

    private static final Set<String> FIVE_STARS = Set.of("r.2026-11-01.s5");
    private static final Set<String> FIVE_STARS_ANSWERED = Set.of("r.2026-11-01.s5", "r.2026-11-01.responded",
            "r.2026-11-01.rm.120");
    private static final Set<String> TWO_STARS = Set.of("r.2026-11-02.s2");

    @Autowired
    TallyLedger ledger;

    @Test
    void countingTheSameStateAgainChangesNothing() {
        assertThat(ledger.count("TL01", "review:tl01-a", FIVE_STARS)).isTrue();
        assertThat(ledger.count("TL01", "review:tl01-a", FIVE_STARS)).as("a redelivery").isFalse();
        assertThat(ledger.count("TL01", "review:tl01-b", FIVE_STARS_ANSWERED)).isTrue();

        assertThat(ledger.read("TL01").counts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "r.2026-11-01.s5", 2L, "r.2026-11-01.responded", 1L, "r.2026-11-01.rm.120", 1L));
    }

    @Test
    void aChangedItemCountsOnlyForWhatItIsNow() {
        ledger.count("TL02", "review:tl02-a", FIVE_STARS);
        ledger.count("TL02", "review:tl02-a", FIVE_STARS_ANSWERED);
        ledger.count("TL02", "review:tl02-b", TWO_STARS);
        ledger.count("TL02", "review:tl02-b", Set.of());

        assertThat(ledger.read("TL02").counts()).as("b was taken down; a was answered")
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "r.2026-11-01.s5", 1L, "r.2026-11-01.responded", 1L, "r.2026-11-01.rm.120", 1L));
    }

    @Test
    void consumersRacingOverTheSameItemsLeaveCountersThatMatchTheEntries() throws Exception {
        List<Set<String>> states = List.of(FIVE_STARS, FIVE_STARS_ANSWERED, TWO_STARS, Set.of());
        List<String> items = List.of("review:tl03-x", "review:tl03-y", "review:tl03-z");
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Void>> racers = new ArrayList<>();
            for (int racer = 0; racer < 6; racer++) {
                racers.add(() -> {
                    for (int i = 0; i < 40; i++) {
                        ThreadLocalRandom random = ThreadLocalRandom.current();
                        countUntilDone(items.get(random.nextInt(items.size())), states.get(random.nextInt(states.size())));
                    }
                    return null;
                });
            }
            for (Future<Void> racer : threads.invokeAll(racers)) {
                racer.get();
            }
        } finally {
            threads.shutdown();
        }

        Map<String, Long> expected = new TreeMap<>();
        assertThat(ledger.entriesOf("TL03")).hasSize(3);
        ledger.entriesOf("TL03").values().forEach(paths -> paths.forEach(path -> expected.merge(path, 1L, Long::sum)));
        assertThat(ledger.read("TL03").counts()).isEqualTo(expected);
    }

    /** Gives up only as a listener would: by failing the record, which is then delivered again. */
    private void countUntilDone(String item, Set<String> state) {
        while (true) {
            try {
                ledger.count("TL03", item, state);
                return;
            } catch (IllegalStateException keptLosingTheRace) {
                // delivered again
            }
        }
    }
}
