package org.carefeed.platform.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Migrations against the Mongo-wire server, through the real driver, each test on a database of its own. */
class MigrationRunnerTest {

    private static MongoServer server;
    private static MongoClient client;
    private static int databases;

    private MongoTemplate mongo;
    private final List<String> ran = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void newDatabase() {
        mongo = new MongoTemplate(client, "migrations-test-" + ++databases);
    }

    /** A migration that counts its runs in {@link #ran} and in its own counter, and does what it is given. */
    private final class Step implements Migration {

        private final String id;
        private final int version;
        private final Runnable work;
        final AtomicInteger runs = new AtomicInteger();

        Step(String id, int version, Runnable work) {
            this.id = id;
            this.version = version;
            this.work = work;
        }

        Step(String id, int version) {
            this(id, version, () -> {
            });
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public int version() {
            return version;
        }

        @Override
        public String description() {
            return "step " + id;
        }

        @Override
        public void run() {
            runs.incrementAndGet();
            ran.add(id);
            work.run();
        }
    }

    private MigrationRunner runner(Migration... migrations) {
        return new MigrationRunner(mongo, List.of(migrations), new SimpleMeterRegistry(), Duration.ZERO);
    }

    private Document record(String id) {
        return mongo.findById(id, Document.class, "migrations");
    }

    @Test
    void runsThePendingMigrationsInOrderOfVersion() {
        Step third = new Step("c", 30);
        Step first = new Step("a", 10);
        Step second = new Step("b", 20);

        assertThat(runner(third, first, second).runPending()).isTrue();

        assertThat(ran).containsExactly("a", "b", "c");
    }

    @Test
    void recordsEachMigrationAndDoesNotRunItAgainAtTheNextStart() {
        Step first = new Step("a", 1);
        Step second = new Step("b", 2);
        runner(first, second).runPending();

        Step added = new Step("c", 3);
        assertThat(runner(first, second, added).runPending()).as("the next start, with a new migration").isTrue();

        assertThat(ran).containsExactly("a", "b", "c");
        assertThat(record("b")).containsEntry("version", 2).containsEntry("description", "step b")
                .containsKeys("startedAt", "doneAt", "ms");
        assertThat(record("b").getDate("doneAt")).isAfterOrEqualTo(record("b").getDate("startedAt"));
    }

    @Test
    void aFailedMigrationHoldsBackTheLaterOnesAndIsRunAgainAtTheNextStart() {
        AtomicInteger attempts = new AtomicInteger();
        Step first = new Step("a", 1);
        Step failsOnce = new Step("b", 2, () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("database unreachable half-way");
            }
        });
        Step later = new Step("c", 3);

        assertThat(runner(first, failsOnce, later).runPending()).isFalse();
        assertThat(ran).containsExactly("a", "b");
        assertThat(record("b")).as("not recorded").isNull();
        assertThat(record("c")).isNull();

        assertThat(runner(first, failsOnce, later).runPending()).as("the next start").isTrue();
        assertThat(ran).containsExactly("a", "b", "b", "c");
        assertThat(record("c")).isNotNull();
    }

    @Test
    void anInstanceThatFindsTheLeaseHeldLeavesTheMigrationsToItsHolder() {
        CountDownLatch otherTried = new CountDownLatch(1);
        Step slow = new Step("a", 1, () -> await().until(() -> otherTried.getCount() == 0));
        Step next = new Step("b", 2);
        MigrationRunner holder = runner(slow, next);
        MigrationRunner other = runner(slow, next);

        holder.runInBackground();
        await().until(() -> slow.runs.get() == 1);
        assertThat(other.runPending()).as("the lease is held").isFalse();
        otherTried.countDown();

        await().until(() -> record("b") != null);
        assertThat(slow.runs).hasValue(1);
        assertThat(next.runs).hasValue(1);
        assertThat(other.runPending()).as("all done, by the holder").isTrue();
        assertThat(ran).containsExactly("a", "b");
    }

    @Test
    void anInstanceThatStopsGivesTheLeaseUpAtOnceAndStartsNoFurtherMigration() {
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicInteger attempts = new AtomicInteger();
        Step interrupted = new Step("a", 1, () -> {
            if (attempts.incrementAndGet() == 1) {
                await().until(() -> stopped.getCount() == 0);
            }
        });
        Step next = new Step("b", 2);
        MigrationRunner stopping = runner(interrupted, next);
        stopping.runInBackground();
        await().until(() -> interrupted.runs.get() == 1);

        stopping.destroy();
        assertThat(runner(interrupted, next).runPending()).as("another instance takes over at once").isTrue();
        stopped.countDown();

        assertThat(stopping.runPending()).as("once its pass has ended (one pass at a time), all done").isTrue();
        assertThat(interrupted.runs).as("run again by the other instance").hasValue(2);
        assertThat(next.runs).as("run by the other instance only").hasValue(1);
    }

    @Test
    void instancesStartingTogetherRunEachMigrationExactlyOnce() throws Exception {
        Step first = new Step("a", 1);
        Step second = new Step("b", 2);
        Step third = new Step("c", 3);
        int instances = 4;
        List<MigrationRunner> runners = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            runners.add(runner(first, second, third));
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(instances);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (MigrationRunner runner : runners) {
                results.add(threads.submit(() -> {
                    go.await();
                    return runner.runPending();
                }));
            }
            go.countDown();
            for (Future<Boolean> result : results) {
                result.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(List.of(first.runs.get(), second.runs.get(), third.runs.get())).containsExactly(1, 1, 1);
        assertThat(record("c")).isNotNull();
    }

    @Test
    void theStartFailsWhenTwoMigrationsShareAnIdOrAVersion() {
        assertThatThrownBy(() -> runner(new Step("a", 1), new Step("a", 2)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Two migrations have the id a");
        assertThatThrownBy(() -> runner(new Step("a", 1), new Step("b", 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Two migrations have the version 1");
    }

    @Test
    void theGaugeCountsTheMigrationsNotYetDone() {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        AtomicInteger attempts = new AtomicInteger();
        MigrationRunner runner = new MigrationRunner(mongo, List.of(new Step("a", 1), new Step("b", 2, () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("fails once");
            }
        })), metrics, Duration.ZERO);

        assertThat(metrics.get(MigrationRunner.PENDING_METRIC).gauge().value()).isEqualTo(2);
        runner.runPending();
        assertThat(metrics.get(MigrationRunner.PENDING_METRIC).gauge().value()).isEqualTo(1);
        runner.runPending();
        assertThat(metrics.get(MigrationRunner.PENDING_METRIC).gauge().value()).isZero();
    }
}
