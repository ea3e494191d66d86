package dev.ordinal.audit.run;

import dev.ordinal.app.Parameter;
import dev.ordinal.app.Range;
import dev.ordinal.app.Registries;
import dev.ordinal.app.Settings;
import dev.ordinal.audit.AuditOptions;
import dev.ordinal.error.Require;
import dev.ordinal.leaderboard.LeaderboardRequest;
import dev.ordinal.metric.BootstrapOptions;
import java.util.List;
import java.util.Map;

/**
 * How an audit states its uncertainty and draws its lines: the one place its defaults are
 * written. Every interval — leaderboards, agreement, α, τ, position and family bias — uses the same
 * bootstrap rounds, seed and level, so that the same request and seed give the same result on any
 * thread count. Parameter names are those of {@code ordinal audit}'s options without dashes.
 *
 * @param bootstrap      bootstrap rounds of every interval, at least 1 (default 200)
 * @param seed           the bootstrap's seed (default 1)
 * @param threads        threads of the leaderboards' bootstrap, at least 1 (default: all cores)
 * @param level          the level of every interval, in (0, 1) (default 0.95)
 * @param topK           leading items the top-k overlap compares, at least 1 (default 10)
 * @param scoreTolerance the largest score difference read as level, finite and at least 0 (default 0)
 * @param tieMargin      likelihood-aware aggregation: a lead under it is a tie, finite and at least 0 (default 0)
 */
public record AuditSettings(int bootstrap, long seed, int threads, double level, int topK, double scoreTolerance,
                            double tieMargin) {
    public AuditSettings {
        Require.atLeast("bootstrap", bootstrap, 1);
        Require.atLeast("threads", threads, 1);
        Require.between("level", level, 0, 1);
        Require.atLeast("top-k", topK, 1);
        Require.nonNegative("score-tolerance", scoreTolerance);
        Require.nonNegative("tie-margin", tieMargin);
    }

    /** Every parameter, with its default: the one place the audit's defaults are written. */
    public static final List<Parameter> PARAMETERS = List.of(
            Parameter.integer("bootstrap", 200, Range.atLeast(1), "bootstrap rounds of every interval"),
            Parameter.seed("seed", 1, "bootstrap seed; same seed, same output on any thread count"),
            Parameter.optionalInteger("threads", Range.atLeast(1), "bootstrap threads (default: all cores)"),
            Parameter.real("level", 0.95, Range.open(0, 1), "interval coverage"),
            Parameter.integer("top-k", 10, Range.atLeast(1), "leading items the top-k overlap compares"),
            Parameter.real("score-tolerance", 0, Range.atLeast(0), "the largest score difference read as level"),
            Parameter.real("tie-margin", 0, Range.atLeast(0),
                    "likelihood-aware aggregation: a lead under it is a tie"));

    /** The settings {@code given} (parameter name → text) asks for, over the defaults. */
    public static AuditSettings parse(Map<String, String> given) {
        Settings settings = Settings.parse("audit", PARAMETERS, given);
        return new AuditSettings(settings.integer("bootstrap"), settings.whole("seed"),
                settings.optionalInteger("threads").orElse(Runtime.getRuntime().availableProcessors()),
                settings.real("level"), settings.integer("top-k"), settings.real("score-tolerance"),
                settings.real("tie-margin"));
    }

    /** 200 rounds, seed 1, all cores, 95% intervals, top 10, score tolerance 0, tie margin 0. */
    public static AuditSettings defaults() {
        return parse(Map.of());
    }

    public AuditSettings withBootstrap(int rounds, long newSeed) {
        return new AuditSettings(rounds, newSeed, threads, level, topK, scoreTolerance, tieMargin);
    }

    public AuditSettings withThreads(int newThreads) {
        return new AuditSettings(bootstrap, seed, newThreads, level, topK, scoreTolerance, tieMargin);
    }

    public AuditSettings withLevel(double newLevel) {
        return new AuditSettings(bootstrap, seed, threads, newLevel, topK, scoreTolerance, tieMargin);
    }

    public AuditSettings withTopK(int k) {
        return new AuditSettings(bootstrap, seed, threads, level, k, scoreTolerance, tieMargin);
    }

    public AuditSettings withScoreTolerance(double tolerance) {
        return new AuditSettings(bootstrap, seed, threads, level, topK, tolerance, tieMargin);
    }

    public AuditSettings withTieMargin(double margin) {
        return new AuditSettings(bootstrap, seed, threads, level, topK, scoreTolerance, margin);
    }

    /** The leaderboards' fit: Bradley–Terry, a tie half a win, the Elo scale, a bootstrap of these settings. */
    public LeaderboardRequest leaderboardRequest() {
        return LeaderboardRequest.defaults(Registries.models().create("bt"))
                .withBootstrap(bootstrap, seed, threads).withLevel(level);
    }

    /** The metrics' bootstrap (agreement, α, leaderboard agreement). */
    BootstrapOptions metricBootstrap() {
        return new BootstrapOptions(bootstrap, seed, level);
    }

    /** The audits' intervals (position and family bias). */
    AuditOptions auditOptions() {
        return new AuditOptions(level, bootstrap, seed);
    }
}
