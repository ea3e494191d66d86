package dev.ordinal.app;

import dev.ordinal.fit.StrengthModel;
import dev.ordinal.fit.TieModel;
import dev.ordinal.leaderboard.UncertaintyMethod;
import dev.ordinal.rating.RatingSystem;
import dev.ordinal.select.MatchmakingStrategy;
import dev.ordinal.vote.VotingRule;
import java.util.List;

/**
 * The one registry: every kind of thing a user can name, each a {@link Registry}. The CLI's
 * {@code ordinal list}, its {@code --help} texts, the server's {@code /api/v1/registry} and the
 * registry walk test all enumerate {@link #all()}, so a name exists in one place only.
 */
public final class Registries {
    /**
     * The matchmaking strategy to use when nobody chose one: {@code ksort}. On the documented
     * simulations (docs/simulate.md, 20 seeds each) it is the fastest or tied fastest pairwise
     * strategy (1.3× uniform random pairs with online Elo at 20 items, 1.4× at 100) and with K = 4
     * reaches τ ≥ 0.9 with 4.1× (20 items) and 5.4× (100 items) fewer votes than that baseline, with
     * nearly unbiased ratings; the uncertainty- and Thompson-style strategies converge more slowly.
     * Both K = 4 figures are within seed noise of 5×: over 200 and 100 seeds they are 5.2× and 4.9×,
     * a little ahead of uniform 4-sets at both sizes (docs/simulate.md, "How much of it is seed noise").
     */
    public static final String DEFAULT_STRATEGY = "ksort";

    private static final Registry<TieModel> TIES = LeaderboardEntries.ties();
    private static final Registry<StrengthModel> MODELS = LeaderboardEntries.models();
    private static final Registry<UncertaintyMethod> UNCERTAINTY = LeaderboardEntries.uncertainty();
    private static final Registry<VotingRule> RULES = VotingRuleEntries.registry();
    private static final Registry<RatingSystem> RATINGS = RatingSystemEntries.registry();
    private static final Registry<MatchmakingStrategy> STRATEGIES = MatchmakingEntries.registry();

    private Registries() {
    }

    /** Strength models of {@code ordinal rank} (kind {@code model}). */
    public static Registry<StrengthModel> models() {
        return MODELS;
    }

    /** How pairwise models read ties (kind {@code ties}). */
    public static Registry<TieModel> ties() {
        return TIES;
    }

    /** How leaderboard intervals are computed (kind {@code uncertainty}). */
    public static Registry<UncertaintyMethod> uncertainty() {
        return UNCERTAINTY;
    }

    /** Voting rules of {@code ordinal vote} and {@code ordinal aggregate} (kind {@code rule}). */
    public static Registry<VotingRule> rules() {
        return RULES;
    }

    /** Online rating systems of {@code ordinal rate} and {@code ordinal evaluate} (kind {@code rating}). */
    public static Registry<RatingSystem> ratings() {
        return RATINGS;
    }

    /** Matchmaking strategies of {@code ordinal simulate} and the arena (kind {@code strategy}). */
    public static Registry<MatchmakingStrategy> strategies() {
        return STRATEGIES;
    }

    /** Every kind, in the order {@code ordinal list} prints them. */
    public static List<Registry<?>> all() {
        return List.of(MODELS, TIES, UNCERTAINTY, RULES, RATINGS, STRATEGIES);
    }

    /** The kind named {@code kind}, e.g. {@code rule}. */
    public static Registry<?> kind(String kind) {
        return all().stream().filter(registry -> registry.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new dev.ordinal.error.InvalidParameterException("kind", kind, "one of "
                        + String.join(", ", all().stream().map(Registry::kind).toList())));
    }
}
