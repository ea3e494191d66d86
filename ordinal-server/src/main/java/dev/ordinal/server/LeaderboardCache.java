package dev.ordinal.server;

import dev.ordinal.fit.FitOptions;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.leaderboard.Leaderboard;
import dev.ordinal.leaderboard.LeaderboardRequest;
import dev.ordinal.leaderboard.Leaderboards;
import dev.ordinal.leaderboard.Scale;
import dev.ordinal.leaderboard.UncertaintyMethod;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Keeps one arena's leaderboards fresh without making anyone wait for a bootstrap.
 *
 * <ul>
 *   <li>Every fit starts from the last fit of the same model, tie handling and prior (a warm
 *       start): after a few new judgments Newton needs about half the iterations.
 *   <li>Bootstrap intervals are computed on a background executor. A request is answered with
 *       fresh ratings and the intervals of the latest finished bootstrap, each moved with its
 *       item's rating ({@link Leaderboards#withLaggedIntervals}), and starts a new bootstrap when
 *       that one is older than the table; only the first bootstrap of a request is waited for,
 *       and only up to {@link #FIRST_WAIT} (2 s).
 * </ul>
 * Thread-safe; the maps are bounded by clearing them when they grow past {@link #MAX_KEYS} (the
 * query options are the public's to choose).
 */
final class LeaderboardCache {
    /** How long a request waits for the first bootstrap of its options before answering without it. */
    static final Duration FIRST_WAIT = Duration.ofSeconds(2);
    private static final int MAX_KEYS = 32;

    /** What a fit depends on besides the data. */
    private record FitKey(String model, String ties, FitOptions fit) {
        static FitKey of(LeaderboardRequest request) {
            return new FitKey(request.model().name(), request.model().tiesLabel(), request.fit());
        }
    }

    /** What a bootstrap leaderboard depends on besides the data. */
    private record BootstrapKey(FitKey fit, Scale scale, double level, int rounds, long seed) {
        static BootstrapKey of(LeaderboardRequest request) {
            return new BootstrapKey(FitKey.of(request), request.scale(), request.level(), request.rounds(),
                    request.seed());
        }
    }

    /** The latest finished bootstrap of some options (if any) and the one running (if any). */
    private record Bootstraps(Optional<Leaderboard> done, Optional<CompletableFuture<Leaderboard>> running) { }

    /**
     * A leaderboard and how current its intervals are.
     *
     * @param intervalsJudgments with the bootstrap: how many judgments its intervals were computed on
     * @param pending            with the bootstrap: a recomputation is under way
     */
    record Answer(Leaderboard board, OptionalLong intervalsJudgments, boolean pending) { }

    private final Executor background;
    private final Duration firstWait;
    private final Map<FitKey, Leaderboard.FitSummary> lastFits = new ConcurrentHashMap<>();
    private final Map<BootstrapKey, Bootstraps> bootstraps = new ConcurrentHashMap<>();

    /**
     * @param background runs the bootstraps (one at a time is enough: each uses several threads)
     * @param firstWait  how long a request waits for the first bootstrap of its options
     */
    LeaderboardCache(Executor background, Duration firstWait) {
        this.background = background;
        this.firstWait = firstWait;
    }

    /**
     * The leaderboard of {@code table}: fitted now (warm-started) with the request's intervals,
     * except bootstrap intervals, which come from the background unless {@code wait} asks for
     * ones computed on this very table.
     */
    Answer rank(ComparisonTable table, LeaderboardRequest request, boolean wait) {
        if (request.method() != UncertaintyMethod.BOOTSTRAP) {
            return new Answer(fit(table, request), OptionalLong.empty(), false);
        }
        BootstrapKey key = BootstrapKey.of(request);
        if (wait) {
            Leaderboard board = fit(table, request);
            finished(key, board, false);
            return new Answer(board, OptionalLong.of(board.judgments()), false);
        }
        Bootstraps known = bootstraps.getOrDefault(key, new Bootstraps(Optional.empty(), Optional.empty()));
        Optional<Leaderboard> done = known.done();
        if (done.isPresent() && done.get().judgments() == table.judgments()) {
            return new Answer(done.get(), OptionalLong.of(table.judgments()), false);
        }
        Optional<CompletableFuture<Leaderboard>> started = start(key, table, request);
        Leaderboard fresh = fit(table, request.withMethod(UncertaintyMethod.NONE));
        if (done.isPresent()) {
            return lagged(fresh, done.get(), started);
        }
        CompletableFuture<Leaderboard> running = started.orElseThrow(() -> new ProblemException(503,
                "Busy", "too many bootstraps are queued; retry later, or ask for ci=sandwich", 5));
        try {
            Leaderboard first = running.get(firstWait.toMillis(), TimeUnit.MILLISECONDS);
            return first.judgments() == table.judgments()
                    ? new Answer(first, OptionalLong.of(first.judgments()), false)
                    : lagged(fresh, first, started);
        } catch (TimeoutException e) {
            return new Answer(fresh, OptionalLong.empty(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(fresh, OptionalLong.empty(), true);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }

    private static Answer lagged(Leaderboard fresh, Leaderboard earlier,
                                 Optional<CompletableFuture<Leaderboard>> running) {
        return new Answer(Leaderboards.withLaggedIntervals(fresh, earlier), OptionalLong.of(earlier.judgments()),
                running.isPresent() && !running.get().isDone());
    }

    /**
     * The bootstrap running for these options, or a new one on {@code table} if none is; empty
     * when the background refuses more work (its queue is bounded: the options are the public's).
     */
    private Optional<CompletableFuture<Leaderboard>> start(BootstrapKey key, ComparisonTable table,
                                                           LeaderboardRequest request) {
        bound(bootstraps);
        CompletableFuture<Leaderboard> started = new CompletableFuture<>();
        Bootstraps now = bootstraps.compute(key, (k, known) -> {
            if (known != null && known.running().isPresent()) {
                return known;
            }
            return new Bootstraps(known == null ? Optional.empty() : known.done(), Optional.of(started));
        });
        if (now.running().orElseThrow() != started) {
            return now.running();
        }
        try {
            background.execute(() -> {
                try {
                    Leaderboard board = fit(table, request);
                    finished(key, board, true);
                    started.complete(board);
                } catch (RuntimeException e) {
                    notRunning(key);
                    started.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            notRunning(key);
            return Optional.empty();
        }
        return Optional.of(started);
    }

    private void notRunning(BootstrapKey key) {
        bootstraps.computeIfPresent(key, (k, known) -> new Bootstraps(known.done(), Optional.empty()));
    }

    /**
     * Keeps {@code board} as the latest bootstrap of its options unless a later one is kept; the
     * background task also marks itself as no longer running.
     */
    private void finished(BootstrapKey key, Leaderboard board, boolean fromBackground) {
        bootstraps.compute(key, (k, known) -> {
            Optional<Leaderboard> done = known == null ? Optional.empty() : known.done();
            Optional<Leaderboard> latest = done.filter(d -> d.judgments() > board.judgments()).or(() -> Optional.of(board));
            return new Bootstraps(latest, fromBackground || known == null ? Optional.empty() : known.running());
        });
    }

    /** Fits warm-started from the last fit of the same model, ties and prior, and remembers this one. */
    private Leaderboard fit(ComparisonTable table, LeaderboardRequest request) {
        FitKey key = FitKey.of(request);
        Leaderboard.FitSummary previous = lastFits.get(key);
        Leaderboard board = Leaderboards.rank(table, previous == null ? request : request.withStart(previous));
        bound(lastFits);
        lastFits.put(key, board.fit());
        return board;
    }

    private static void bound(Map<?, ?> map) {
        if (map.size() >= MAX_KEYS) {
            map.clear();
        }
    }
}
