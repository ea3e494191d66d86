package dev.ordinal.vote;

import dev.ordinal.judgment.Items;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Maximal lotteries (Kreweras 1965; Fishburn, "Probabilistic social choice based on simple voting
 * comparisons", 1984; Brandl, Brandt and Seedig, "Consistent probabilistic social choice",
 * Econometrica 2016): a lottery p over the candidates with {@code Σ_x p(x) G(x, y) ≥ 0} for every
 * candidate y, where G is the skew-symmetric game matrix; p is a maximin strategy of the symmetric
 * zero-sum game G, whose value is 0. Two games: {@code sign} (default) takes G(x, y) as the sign of
 * the majority margin, Fishburn's C1 maximal lotteries; {@code margins} takes the margins
 * themselves (the C2 lotteries, the game of Swamy et al., "A minimaximalist approach to
 * reinforcement learning from human feedback", 2024).
 *
 * <p>The maximal lottery is unique when every off-diagonal entry of G is an odd integer (for
 * instance an odd number of voters with strict ballots, or a majority tournament without ties:
 * Laffond, Laslier and Le Breton 1997). Otherwise the maximal lotteries form a polytope, and this
 * rule returns its leximin point, which is unique and treats candidates symmetrically: the smallest
 * probability as large as possible, then the next smallest, and so on. It is computed by linear
 * programs (ojAlgo's simplex): each round maximises the least probability t among the candidates
 * not yet fixed, then fixes those that cannot exceed t while the others keep at least t. Every
 * maximal lottery puts all its probability on the Smith set, so a Condorcet winner gets
 * probability 1. Costs one linear program per round and per candidate tested, each over m
 * variables and m + 1 constraints.
 */
public final class MaximalLottery implements VotingRule {
    /** Probabilities below this are solver noise and become 0; the rest are rounded to 12 decimals. */
    private static final double NOISE = 1e-10;
    /**
     * How far a linear program's optimum may sit from the exact one. Bounds are set exactly (ojAlgo's
     * presolve rejects ranges this narrow); its own feasibility tolerance absorbs the rounding.
     */
    private static final double SLACK = 1e-9;

    private final boolean margins;

    /** The C1 maximal lottery, over the signs of the margins. */
    public MaximalLottery() {
        this(false);
    }

    /** @param margins whether the game is the margins themselves rather than their signs */
    public MaximalLottery(boolean margins) {
        this.margins = margins;
    }

    @Override
    public String name() {
        return "maximal-lottery";
    }

    @Override
    public Set<Trait> traits() {
        return EnumSet.of(Trait.CONDORCET_WINNER, Trait.CONDORCET_LOSER, Trait.MAJORITY, Trait.RANKING, Trait.LOTTERY);
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        MajorityMatrix majority = ballots.majority();
        int m = majority.size();
        double[] game = new double[m * m];
        for (int x = 0; x < m; x++) {
            for (int y = 0; y < m; y++) {
                double margin = majority.margin(x, y);
                game[x * m + y] = margins ? margin : Math.signum(margin);
            }
        }
        double[] lottery = leximin(game, m);
        double[] payoff = new double[m];
        for (int y = 0; y < m; y++) {
            for (int x = 0; x < m; x++) {
                payoff[y] += lottery[x] * game[x * m + y];
            }
        }
        Items candidates = ballots.candidates();
        int[] support = IntStream.range(0, m).filter(c -> lottery[c] > 0).toArray();
        VoteResult.Builder result = VoteResult.builder(name(), candidates).lottery(lottery)
                .rankByScores("probability", lottery).winners(support);
        result.note("Game: " + (margins ? "the majority margins" : "the signs of the majority margins (C1)")
                + "; a maximal lottery p has Σ_x p(x)·G(x, y) ≥ 0 for every candidate y. The value of this symmetric "
                + "zero-sum game is 0; the returned lottery's least expected payoff against a single candidate is "
                + Explanation.number(Arrays.stream(payoff).min().orElse(0)) + ".");
        result.note("Where several lotteries are maximal, the leximin one is returned (its smallest probabilities as "
                + "large as possible); with an odd number of voters and strict ballots there is only one.");
        result.explain(Explanation.builder().matrix("Game matrix G (row over column)", game, candidates).build());
        List<List<String>> expected = new ArrayList<>();
        for (int c = 0; c < m; c++) {
            expected.add(List.of(candidates.name(c), Explanation.number(lottery[c]), Explanation.number(payoff[c])));
        }
        result.table("Lottery and its expected payoff against each candidate", List.of("candidate", "probability",
                "Σ_x p(x)·G(x, candidate)"), expected);
        return result.explain(Explanation.builder().margins(majority, candidates).build()).build();
    }

    /** The leximin maximal lottery of the skew-symmetric game {@code game[x * m + y]}; see the class comment. */
    static double[] leximin(double[] game, int m) {
        double[] level = new double[m];
        boolean[] fixed = new boolean[m];
        int remaining = m;
        while (remaining > 0) {
            LinearProgram round = new LinearProgram(game, m, fixed, level);
            Variable least = round.model.addVariable("least").lower(0).upper(1);
            for (int c = 0; c < m; c++) {
                if (!fixed[c]) {
                    round.model.addExpression("floor " + c).lower(0).set(round.p[c], 1).set(least, -1);
                }
            }
            Optimisation.Result solved = round.solve(least, 1);
            double t = solved.doubleValue(m);
            List<Integer> bottlenecks = new ArrayList<>();
            List<Integer> tested = new ArrayList<>();
            for (int c = 0; c < m; c++) {
                if (!fixed[c] && solved.doubleValue(c) <= t + SLACK) {
                    tested.add(c);
                    LinearProgram raise = new LinearProgram(game, m, fixed, level);
                    for (int d = 0; d < m; d++) {
                        if (!fixed[d]) {
                            raise.p[d].lower(t);
                        }
                    }
                    if (raise.solve(raise.p[c], 1).doubleValue(c) <= t + SLACK) {
                        bottlenecks.add(c);
                    }
                }
            }
            // In exact arithmetic some tested candidate is a bottleneck; if rounding hid it, fix them all.
            for (int c : bottlenecks.isEmpty() ? tested : bottlenecks) {
                level[c] = t < NOISE ? 0 : t;
                fixed[c] = true;
                remaining--;
            }
        }
        double sum = Arrays.stream(level).sum();
        return Arrays.stream(level).map(p -> Math.rint(p / sum * 1e12) / 1e12).toArray();
    }

    /** The maximal-lottery constraints, with the probabilities already fixed held at their levels. */
    private static final class LinearProgram {
        final ExpressionsBasedModel model = new ExpressionsBasedModel();
        final Variable[] p;

        LinearProgram(double[] game, int m, boolean[] fixed, double[] level) {
            p = new Variable[m];
            Expression total = model.addExpression("total").level(1);
            for (int c = 0; c < m; c++) {
                p[c] = model.addVariable("p" + c).lower(0).upper(1);
                if (fixed[c]) {
                    p[c].level(level[c]);
                }
                total.set(p[c], 1);
            }
            for (int y = 0; y < m; y++) {
                Expression column = null;
                for (int x = 0; x < m; x++) {
                    if (game[x * m + y] != 0) {
                        // A column of zeros holds whatever p is, and ojAlgo rejects an empty constraint.
                        column = column != null ? column : model.addExpression("against " + y).lower(0);
                        column.set(p[x], game[x * m + y]);
                    }
                }
            }
        }

        Optimisation.Result solve(Variable objective, double weight) {
            objective.weight(weight);
            Optimisation.Result result = model.maximise();
            if (!result.getState().isFeasible()) {
                throw new IllegalStateException("the maximal-lottery linear program was not solved: " + result.getState());
            }
            return result;
        }
    }
}
