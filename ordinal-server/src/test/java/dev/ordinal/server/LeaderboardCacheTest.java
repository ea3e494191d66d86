package dev.ordinal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.app.Registries;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import dev.ordinal.judgment.SyntheticBattles;
import dev.ordinal.leaderboard.Interval;
import dev.ordinal.leaderboard.Leaderboard;
import dev.ordinal.leaderboard.LeaderboardRequest;
import dev.ordinal.leaderboard.Leaderboards;
import dev.ordinal.leaderboard.UncertaintyMethod;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/**
 * The freshness rules of {@link LeaderboardCache}: warm-started fits equal cold ones, bootstrap
 * intervals come from the background and lag behind the table, and a request never waits for a
 * bootstrap except the first one of its options. The background is an executor the test runs by
 * hand, so "still running" is a state the test controls rather than a race.
 */
class LeaderboardCacheTest {
    private static final LeaderboardRequest BOOTSTRAP = LeaderboardRequest.defaults(
            Registries.models().create("bt")).withBootstrap(100, 7, 2);

    /** Queues tasks until {@link #runAll()}. */
    private static final class ManualExecutor implements Executor {
        final Deque<Runnable> queued = new ArrayDeque<>();

        @Override
        public synchronized void execute(Runnable task) {
            queued.add(task);
        }

        void runAll() {
            Runnable task;
            while ((task = next()) != null) {
                task.run();
            }
        }

        private synchronized Runnable next() {
            return queued.poll();
        }
    }

    private static ComparisonTable.Builder battles(int items, long count, long seed) {
        SyntheticBattles synthetic = new SyntheticBattles(items, count, 0.1, 1.0, seed);
        ComparisonTable.Builder table = ComparisonTable.builder();
        for (int i = 0; i < items; i++) {
            table.item(synthetic.name(i));
        }
        synthetic.generate((a, b, outcome) -> table.add(a, b, outcome, 1.0));
        return table;
    }

    private static Map<String, Leaderboard.Entry> byName(Leaderboard board) {
        Map<String, Leaderboard.Entry> entries = new HashMap<>();
        board.items().forEach(entry -> entries.put(entry.name(), entry));
        return entries;
    }

    @Test
    void warmStartedRatingsEqualAColdFitInFewerIterations() {
        ComparisonTable.Builder table = battles(30, 3_000, 1);
        LeaderboardCache cache = new LeaderboardCache(Runnable::run, Duration.ZERO);
        LeaderboardRequest ratings = BOOTSTRAP.withMethod(UncertaintyMethod.SANDWICH);
        cache.rank(table.build(), ratings, false);
        table.add(0, 1, Outcome.A, 1.0);
        ComparisonTable changed = table.build();
        Leaderboard warm = cache.rank(changed, ratings, false).board();
        Leaderboard cold = Leaderboards.rank(changed, ratings);
        assertThat(warm.fit().iterations()).isLessThan(cold.fit().iterations());
        Map<String, Leaderboard.Entry> coldEntries = byName(cold);
        for (Leaderboard.Entry entry : warm.items()) {
            Leaderboard.Entry expected = coldEntries.get(entry.name());
            assertThat(entry.rating()).isCloseTo(expected.rating(), within(1e-6));
            assertThat(entry.ci().orElseThrow().lower()).isCloseTo(expected.ci().orElseThrow().lower(), within(1e-6));
        }
    }

    @Test
    void bootstrapIntervalsComeFromTheBackgroundAndLag() {
        ComparisonTable.Builder table = battles(12, 2_000, 2);
        ManualExecutor background = new ManualExecutor();
        LeaderboardCache cache = new LeaderboardCache(background, Duration.ofMillis(50));
        ComparisonTable first = table.build();

        // the first request cannot wait for the (held) bootstrap: fresh ratings without intervals
        LeaderboardCache.Answer early = cache.rank(first, BOOTSTRAP, false);
        assertThat(early.pending()).isTrue();
        assertThat(early.intervalsJudgments()).isEmpty();
        assertThat(early.board().items()).allSatisfy(entry -> assertThat(entry.ci()).isEmpty());
        // asking again starts nothing new
        cache.rank(first, BOOTSTRAP, false);
        assertThat(background.queued).hasSize(1);

        background.runAll();
        LeaderboardCache.Answer done = cache.rank(first, BOOTSTRAP, false);
        assertThat(done.pending()).isFalse();
        assertThat(done.intervalsJudgments()).hasValue(first.judgments());
        assertThat(background.queued).isEmpty();
        Leaderboard direct = Leaderboards.rank(first, BOOTSTRAP);
        Map<String, Leaderboard.Entry> expected = byName(direct);
        for (Leaderboard.Entry entry : done.board().items()) {
            Interval ci = entry.ci().orElseThrow();
            assertThat(ci.lower()).isCloseTo(expected.get(entry.name()).ci().orElseThrow().lower(), within(1e-6));
            assertThat(ci.upper()).isCloseTo(expected.get(entry.name()).ci().orElseThrow().upper(), within(1e-6));
        }

        // new judgments: fresh ratings at once, the old intervals moved with them, a recomputation queued
        for (int k = 0; k < 40; k++) {
            table.add(0, 1, Outcome.A, 1.0);
        }
        ComparisonTable second = table.build();
        LeaderboardCache.Answer lagged = cache.rank(second, BOOTSTRAP, false);
        assertThat(lagged.pending()).isTrue();
        assertThat(lagged.intervalsJudgments()).hasValue(first.judgments());
        assertThat(lagged.board().judgments()).isEqualTo(second.judgments());
        assertThat(background.queued).hasSize(1);
        Map<String, Leaderboard.Entry> fresh = byName(Leaderboards.rank(second, BOOTSTRAP.withMethod(UncertaintyMethod.NONE)));
        Map<String, Leaderboard.Entry> before = byName(done.board());
        for (Leaderboard.Entry entry : lagged.board().items()) {
            assertThat(entry.rating()).isCloseTo(fresh.get(entry.name()).rating(), within(1e-6));
            Leaderboard.Entry old = before.get(entry.name());
            assertThat(entry.ci().orElseThrow().upper() - entry.rating())
                    .isCloseTo(old.ci().orElseThrow().upper() - old.rating(), within(1e-9));
        }
        assertThat(lagged.board().warnings()).anyMatch(warning -> warning.contains("background"));

        background.runAll();
        LeaderboardCache.Answer caughtUp = cache.rank(second, BOOTSTRAP, false);
        assertThat(caughtUp.pending()).isFalse();
        assertThat(caughtUp.intervalsJudgments()).hasValue(second.judgments());

        // wait=true computes on the table at hand, without the background
        table.add(2, 3, Outcome.TIE, 1.0);
        ComparisonTable third = table.build();
        LeaderboardCache.Answer waited = cache.rank(third, BOOTSTRAP, true);
        assertThat(waited.intervalsJudgments()).hasValue(third.judgments());
        assertThat(background.queued).isEmpty();
        assertThat(cache.rank(third, BOOTSTRAP, false).intervalsJudgments()).hasValue(third.judgments());
    }

    @Test
    void aFullBackgroundQueueIsA503UntilABootstrapExistsThenLagsWithoutPending() {
        ComparisonTable.Builder table = battles(8, 500, 4);
        java.util.concurrent.atomic.AtomicBoolean full = new java.util.concurrent.atomic.AtomicBoolean(true);
        Executor background = task -> {
            if (full.get()) {
                throw new RejectedExecutionException("queue full");
            }
            task.run();
        };
        LeaderboardCache cache = new LeaderboardCache(background, Duration.ofSeconds(5));
        ComparisonTable first = table.build();
        assertThatThrownBy(() -> cache.rank(first, BOOTSTRAP, false))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(503))
                .hasMessageContaining("ci=sandwich");
        // a refused bootstrap does not block the next attempt
        full.set(false);
        assertThat(cache.rank(first, BOOTSTRAP, false).intervalsJudgments()).hasValue(first.judgments());
        full.set(true);
        table.add(0, 1, Outcome.B, 1.0);
        LeaderboardCache.Answer lagged = cache.rank(table.build(), BOOTSTRAP, false);
        assertThat(lagged.intervalsJudgments()).hasValue(first.judgments());
        assertThat(lagged.pending()).isFalse();
    }

    @Test
    void theFirstBootstrapIsWaitedForWhenItIsQuick() {
        ComparisonTable table = battles(8, 500, 3).build();
        LeaderboardCache cache = new LeaderboardCache(Runnable::run, Duration.ofSeconds(5));
        LeaderboardCache.Answer answer = cache.rank(table, BOOTSTRAP, false);
        assertThat(answer.pending()).isFalse();
        assertThat(answer.intervalsJudgments()).hasValue(table.judgments());
        assertThat(answer.board().items()).allSatisfy(entry -> assertThat(entry.ci()).isPresent());
        assertThat(answer.board().uncertainty().rounds()).isEqualTo(100);
    }
}
