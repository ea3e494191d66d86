package dev.ordinal.metric;

import dev.ordinal.error.DataException;
import dev.ordinal.fit.Fit;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.MaximumLikelihood;
import dev.ordinal.fit.NoFiniteEstimateException;
import dev.ordinal.fit.Objective;
import dev.ordinal.fit.StrengthModel;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * How stable the top of a leaderboard is: the fewest judgments whose verdict must change for the
 * runner-up's fitted strength to exceed the leader's, refitting the model each time.
 *
 * <p>The changes considered are those that can only help the runner-up past the leader: a
 * judgment between the leader and the runner-up that the runner-up did not win becomes a win
 * for the runner-up; one between the leader and another item X that X did not win becomes a win
 * for X; one between the runner-up and X that the runner-up did not win becomes a win for it.
 * They are ordered by their first-order effect on the gap between the two, the change of the
 * estimate implied by one Newton step, Δθ = M⁻¹ Δ∇ℓ(θ̂) (M the curvature at the estimate; the
 * influence-function view of a refit), most effective first, so a head-to-head win turned into
 * a loss comes before the lesser changes against third items. The figure is the length of the
 * shortest prefix of that order after which the refitted runner-up is ahead (by more than
 * 10⁻⁹; level is not a swap), found by doubling and then bisection over the prefix length, each
 * probe a full refit (this assumes, as holds for these changes, that each one narrows the gap).
 * If a probe's data has no finite estimate because the runner-up never lost (or the leader never
 * won) against a group holding the other, that decides the order. Taking changes in this greedy
 * order gives an upper bound on the true minimum over all sets of changes; on small cases the
 * tests check that it equals the minimum found by exhaustive search.
 *
 * <p>Cost: one likelihood per kind of change to order them (O(kinds · cells)) and
 * O(log(changes)) refits.
 */
public final class Stability {
    private static final double AHEAD = 1e-9;
    private static final Outcome[] OUTCOMES = Outcome.values();

    private Stability() {
    }

    /**
     * The stability of the top two of {@code model} fitted to {@code table} with {@code options}.
     *
     * @throws IllegalArgumentException when fewer than two items were judged
     * @throws NoFiniteEstimateException when the data has no finite estimate and there is no prior
     */
    public static StabilityReport of(ComparisonTable table, StrengthModel model, FitOptions options) {
        int n = table.itemCount();
        if (n < 2) {
            throw new DataException("stability needs at least 2 items, got " + n);
        }
        Fit fit = MaximumLikelihood.fit(model.likelihood(table), table.items(), options);
        double[] strengths = fit.strengths();
        int leader = 0;
        for (int i = 1; i < n; i++) {
            if (strengths[i] > strengths[leader]) {
                leader = i;
            }
        }
        int runnerUp = leader == 0 ? 1 : 0;
        for (int i = 0; i < n; i++) {
            if (i != leader && strengths[i] > strengths[runnerUp]) {
                runnerUp = i;
            }
        }
        List<Change> changes = ordered(table, model, options, fit, leader, runnerUp);
        long candidates = changes.stream().mapToLong(Change::count).sum();
        String leaderId = table.items().id(leader);
        String runnerUpId = table.items().id(runnerUp);
        double gap = strengths[leader] - strengths[runnerUp];
        int total = (int) Math.min(candidates, Integer.MAX_VALUE);
        Probe probe = new Probe(table, model, options, changes, leader, runnerUp);
        // Doubling, then bisection: probes stay near the answer, away from data so one-sided
        // that it has no finite estimate.
        int notAhead = 0;
        int ahead = 1;
        while (ahead < total && !probe.ahead(ahead)) {
            notAhead = ahead;
            ahead = (int) Math.min(2L * ahead, total);
        }
        if (ahead >= total && !probe.ahead(total)) {
            return new StabilityReport(leaderId, runnerUpId, gap, OptionalInt.empty(), 0, candidates,
                    table.judgments());
        }
        while (ahead - notAhead > 1) {
            int middle = notAhead + (ahead - notAhead) / 2;
            if (probe.ahead(middle)) {
                ahead = middle;
            } else {
                notAhead = middle;
            }
        }
        int headToHead = 0;
        int remaining = ahead;
        for (Change change : changes) {
            int taken = (int) Math.min(change.count(), remaining);
            headToHead += change.headToHead() ? taken : 0;
            remaining -= taken;
        }
        return new StabilityReport(leaderId, runnerUpId, gap, OptionalInt.of(ahead), headToHead, candidates,
                table.judgments());
    }

    /**
     * One kind of change: {@code count} judgments of cell {@code cell} with outcome {@code from}
     * that may become {@code to}, each moving the gap by about {@code effect}.
     */
    private record Change(int cell, Outcome from, Outcome to, long count, boolean headToHead, double effect) {
    }

    /** Every change that helps the runner-up, most effective first. */
    private static List<Change> ordered(ComparisonTable table, StrengthModel model, FitOptions options, Fit fit,
                                        int leader, int runnerUp) {
        double[] estimate = fit.parameters();
        int p = estimate.length;
        Objective objective = new Objective(fit.likelihood(), options);
        double[] inverse = Objective.inverse(objective.curvature(estimate));
        double[] baseGradient = new double[p];
        objective.gradient(estimate, baseGradient);
        double[] gradient = new double[p];
        List<Change> changes = new ArrayList<>();
        for (int cell = 0; cell < table.cellCount(); cell++) {
            int a = table.sideA(cell);
            int b = table.sideB(cell);
            boolean headToHead = (a == leader && b == runnerUp) || (a == runnerUp && b == leader);
            int favoured;
            if (headToHead || a == runnerUp || b == runnerUp) {
                favoured = runnerUp;
            } else if (a == leader || b == leader) {
                favoured = a == leader ? b : a;
            } else {
                continue;
            }
            Outcome to = favoured == a ? Outcome.A : Outcome.B;
            for (Outcome from : OUTCOMES) {
                long count = table.count(cell, from);
                if (from == to || count == 0) {
                    continue;
                }
                Change single = new Change(cell, from, to, 1, headToHead, 0);
                new Objective(model.likelihood(revised(table, List.of(single), 1)), options)
                        .gradient(estimate, gradient);
                double effect = 0;
                for (int k = 0; k < p; k++) {
                    effect += (inverse[leader * p + k] - inverse[runnerUp * p + k]) * (gradient[k] - baseGradient[k]);
                }
                if (effect < 0) {
                    changes.add(new Change(cell, from, to, count, headToHead, effect));
                }
            }
        }
        changes.sort(Comparator.comparingDouble(Change::effect).thenComparingInt(Change::cell)
                .thenComparing(Change::from));
        return changes;
    }

    /** The table with the first {@code taken} single changes of {@code changes} applied. */
    private static ComparisonTable revised(ComparisonTable table, List<Change> changes, long taken) {
        int cells = table.cellCount();
        int outcomes = OUTCOMES.length;
        long[] counts = new long[cells * outcomes];
        double[] weights = new double[cells * outcomes];
        for (int cell = 0; cell < cells; cell++) {
            for (Outcome outcome : OUTCOMES) {
                counts[cell * outcomes + outcome.ordinal()] = table.count(cell, outcome);
                weights[cell * outcomes + outcome.ordinal()] = table.weight(cell, outcome);
            }
        }
        long remaining = taken;
        for (Change change : changes) {
            if (remaining == 0) {
                break;
            }
            long moved = Math.min(change.count(), remaining);
            remaining -= moved;
            int from = change.cell() * outcomes + change.from().ordinal();
            int to = change.cell() * outcomes + change.to().ordinal();
            double weightEach = weights[from] / counts[from];
            counts[from] -= moved;
            weights[from] = counts[from] == 0 ? 0 : weights[from] - moved * weightEach;
            counts[to] += moved;
            weights[to] += moved * weightEach;
        }
        ComparisonTable.Builder builder = ComparisonTable.builder();
        table.items().ids().forEach(builder::item);
        for (int cell = 0; cell < cells; cell++) {
            for (Outcome outcome : OUTCOMES) {
                int at = cell * outcomes + outcome.ordinal();
                if (counts[at] > 0) {
                    builder.add(table.sideA(cell), table.sideB(cell), outcome, counts[at], weights[at]);
                }
            }
        }
        return builder.build();
    }

    /** Refits after a prefix of the changes. */
    private record Probe(ComparisonTable table, StrengthModel model, FitOptions options, List<Change> changes,
                         int leader, int runnerUp) {

        /**
         * Whether, after the first {@code taken} changes, the runner-up is ahead of the leader.
         * When the changed data has no finite estimate because one of the two sits in a group
         * that never lost (or never won) against the other, the estimate of that group runs off
         * to infinity, which decides the order.
         */
        boolean ahead(int taken) {
            ComparisonTable changed = revised(table, changes, taken);
            Fit fit;
            try {
                fit = MaximumLikelihood.fit(model.likelihood(changed), changed.items(), options);
            } catch (NoFiniteEstimateException e) {
                String leaderId = table.items().id(leader);
                String runnerUpId = table.items().id(runnerUp);
                if (apart(e.unbeatenGroups(), runnerUpId, leaderId) || apart(e.winlessGroups(), leaderId, runnerUpId)) {
                    return true;
                }
                if (apart(e.unbeatenGroups(), leaderId, runnerUpId) || apart(e.winlessGroups(), runnerUpId, leaderId)) {
                    return false;
                }
                throw new IllegalStateException("after changing " + taken + " verdicts the data has no finite "
                        + "estimate (" + e.getMessage() + "); give the fit a prior to measure stability", e);
            }
            double[] strengths = fit.strengths();
            return strengths[runnerUp] - strengths[leader] > AHEAD;
        }

        /** Whether some group holds {@code member} but not {@code other}. */
        private static boolean apart(List<List<String>> groups, String member, String other) {
            return groups.stream().anyMatch(group -> group.contains(member) && !group.contains(other));
        }
    }
}
