package dev.ordinal.leaderboard;

import dev.ordinal.error.Require;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.StrengthModel;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Everything that decides a leaderboard besides the data.
 *
 * @param model    the strength model
 * @param scale    the rating scale
 * @param fit      fit options (prior, tolerance)
 * @param method   interval method
 * @param rounds   bootstrap rounds
 * @param seed     bootstrap seed
 * @param threads  worker threads for the bootstrap (results do not depend on it)
 * @param level    interval coverage, in (0, 1)
 * @param progress told of each finished bootstrap round
 * @param start    a previous fit to start Newton's method from (a warm start), or empty to start from scratch
 */
public record LeaderboardRequest(StrengthModel model, Scale scale, FitOptions fit, UncertaintyMethod method, int rounds,
                                 long seed, int threads, double level, IntConsumer progress,
                                 Optional<Leaderboard.FitSummary> start) {

    public LeaderboardRequest {
        Require.between("level", level, 0, 1);
        Require.atLeast("bootstrap", rounds, 1);
        Require.atLeast("threads", threads, 1);
    }

    /** Bootstrap intervals, 1000 rounds, seed 1, 95%, all cores, Elo scale, maximum likelihood from scratch. */
    public static LeaderboardRequest defaults(StrengthModel model) {
        return new LeaderboardRequest(model, Scale.elo(model), FitOptions.defaults(), UncertaintyMethod.BOOTSTRAP, 1000,
                1, Runtime.getRuntime().availableProcessors(), 0.95, round -> { }, Optional.empty());
    }

    public LeaderboardRequest withMethod(UncertaintyMethod newMethod) {
        return new LeaderboardRequest(model, scale, fit, newMethod, rounds, seed, threads, level, progress, start);
    }

    public LeaderboardRequest withScale(Scale newScale) {
        return new LeaderboardRequest(model, newScale, fit, method, rounds, seed, threads, level, progress, start);
    }

    public LeaderboardRequest withFit(FitOptions newFit) {
        return new LeaderboardRequest(model, scale, newFit, method, rounds, seed, threads, level, progress, start);
    }

    public LeaderboardRequest withBootstrap(int newRounds, long newSeed, int newThreads) {
        return new LeaderboardRequest(model, scale, fit, method, newRounds, newSeed, newThreads, level, progress, start);
    }

    public LeaderboardRequest withLevel(double newLevel) {
        return new LeaderboardRequest(model, scale, fit, method, rounds, seed, threads, newLevel, progress, start);
    }

    public LeaderboardRequest withProgress(IntConsumer newProgress) {
        return new LeaderboardRequest(model, scale, fit, method, rounds, seed, threads, level, newProgress, start);
    }

    /**
     * The same request, starting Newton's method from {@code previous}, typically the fit of the
     * same data before the latest judgments arrived. Items and extra parameters are matched by
     * name; new ones start where a fresh fit would. The estimate is the same as without it (to
     * the fit's tolerance), but it takes fewer iterations when the data changed a little.
     */
    public LeaderboardRequest withStart(Leaderboard.FitSummary previous) {
        return new LeaderboardRequest(model, scale, fit, method, rounds, seed, threads, level, progress,
                Optional.of(previous));
    }
}
