package dev.ordinal.select;

import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.Require;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The shape shared by the posterior-sampling strategies, whose probability of proposing a given set
 * has no closed form. Each proposal is an ε-mixture: with probability ε a uniformly random K-set
 * ({@link UniformSampling}), otherwise the strategy's own draw. The reported propensity is
 * <pre>  ε / C(m, K) + (1 − ε) · hits / R</pre>
 * where hits counts how many of R fresh, independent re-draws of the strategy's own rule (made
 * after the proposal, from the same random source) give the same set. The first term is exact and
 * a floor: no set the strategy can propose has a smaller reported propensity, and no item can
 * starve. The second is an unbiased Monte Carlo estimate of the rule's own probability, coarse
 * (its smallest non-zero value is (1 − ε)/R) but honest, of variance (1 − ε)² P(1 − P)/R; R = 0
 * reports the floor alone. The re-draws cost R times a proposal. A strategy whose rule has stages
 * may replace hits / R by a stage-by-stage estimate ({@link #ownRuleProbability}).
 *
 * @param <P> what a proposal's draws read from the state and share ({@link #prepare})
 */
abstract class SampledStrategy<P> implements MatchmakingStrategy {
    private final double exploration;
    private final int draws;

    /**
     * @param exploration ε in (0, 1], the share of uniformly random battles
     * @param draws       R ≥ 0, the Monte Carlo re-draws behind the propensity
     */
    SampledStrategy(String name, double exploration, int draws) {
        if (!(exploration > 0 && exploration <= 1)) {
            throw new InvalidParameterException("epsilon", Double.toString(exploration), "a number in (0, 1]");
        }
        Require.atLeast("draws", draws, 0);
        this.exploration = exploration;
        this.draws = draws;
    }

    /**
     * What every draw of one proposal, the proposal's own and its re-draws, reads from the state
     * and can share: computed once per proposal, since proposing does not change the state.
     */
    abstract P prepare(ArenaState state);

    /** One draw of the strategy's own rule: K distinct active items. */
    abstract int[] sample(ArenaState state, P prepared, UniformRandomProvider random);

    /**
     * An unbiased estimate, from {@code draws} ≥ 1 fresh draws independent of the proposal, of the
     * probability that {@link #sample} gives the items of {@code set} (sorted). By default the share
     * of whole re-draws that give the same set; a strategy whose rule has stages may estimate stage
     * by stage instead, for a smaller variance at the same cost.
     */
    double ownRuleProbability(ArenaState state, P prepared, int[] set, int draws, UniformRandomProvider random) {
        int hits = 0;
        for (int r = 0; r < draws; r++) {
            int[] again = sample(state, prepared, random);
            Arrays.sort(again);
            hits += Arrays.equals(set, again) ? 1 : 0;
        }
        return (double) hits / draws;
    }

    @Override
    public final Battle propose(ArenaState state, UniformRandomProvider random) {
        P prepared = prepare(state);
        int[] items = random.nextDouble() < exploration
                ? new UniformSampling().propose(state, random).items()
                : sample(state, prepared, random);
        int[] set = items.clone();
        Arrays.sort(set);
        double ownRule = draws == 0 ? 0 : ownRuleProbability(state, prepared, set, draws, random);
        double propensity = exploration * UniformSampling.propensity(state.activeCount(), state.k())
                + (1 - exploration) * ownRule;
        PivotStrategy.shuffle(items, random);
        return new Battle(items, Math.min(1, propensity));
    }
}
