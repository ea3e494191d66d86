package dev.ordinal.select;

import dev.ordinal.error.Require;
import dev.ordinal.error.UnsupportedCombinationException;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link Simulation} simulates.
 *
 * @param items        number of items, at least {@code k} and at least 2
 * @param k            items per battle for the strategies (the Elo baseline is always pairwise)
 * @param votes        votes (battles) per run
 * @param seeds        independent repetitions, each with its own truth and voters
 * @param seed         the first repetition's seed; repetition r uses {@code seed + r}
 * @param checkpoints  how many vote counts the metrics are taken at, spaced geometrically up to {@code votes}
 * @param spread       standard deviation σ of the true log-strengths, N(0, σ²)
 * @param intransitive scale ι of the skew-symmetric term added to every pairwise logit (0: pure Bradley–Terry)
 * @param tieRate      tie probability between equally strong items, in [0, 1) (Davidson)
 * @param careless     fraction of votes ordered uniformly at random
 * @param adversarial  fraction of votes that reverse the order the voter model draws
 * @param refitEvery   the estimates strategies see are refreshed every this many votes (and at every checkpoint)
 * @param priorSigma   σ of the N(0, σ²) prior of the Bradley–Terry MAP fit
 * @param eloK         K of the online-Elo baseline (the Chatbot Arena uses 4)
 * @param top          size t of the top set for top-t accuracy and for the bias measurement
 * @param threads      worker threads; results do not depend on it
 */
public record SimulationConfig(int items, int k, int votes, int seeds, long seed, int checkpoints, double spread,
                               double intransitive, double tieRate, double careless, double adversarial,
                               int refitEvery, double priorSigma, double eloK, int top, int threads) {

    public SimulationConfig {
        Require.atLeast("k", k, 2);
        Require.atLeast("items", items, k);
        Require.atLeast("votes", votes, 1);
        Require.atLeast("seeds", seeds, 1);
        Require.atLeast("checkpoints", checkpoints, 1);
        Require.atLeast("refit-every", refitEvery, 1);
        Require.atLeast("threads", threads, 1);
        Require.nonNegative("spread", spread);
        Require.nonNegative("intransitive", intransitive);
        Require.atLeastAndBelow("tie-rate", tieRate, 0, 1);
        Require.within("careless", careless, 0, 1);
        Require.within("adversarial", adversarial, 0, 1);
        if (careless + adversarial > 1) {
            throw new UnsupportedCombinationException(List.of("careless", "adversarial"), "careless and adversarial "
                    + "fractions must have a sum of at most 1, got " + careless + " and " + adversarial);
        }
        Require.positive("prior-sigma", priorSigma);
        Require.positive("elo-k", eloK);
        if (top > items) {
            throw new UnsupportedCombinationException(List.of("top", "items"),
                    "top cannot be larger than items, got top=" + top + " and items=" + items);
        }
        Require.atLeast("top", top, 1);
    }

    /**
     * Defaults for {@code items} items, {@code k} per battle, {@code votes} votes and {@code seeds}
     * seeds: seed 1, 30 checkpoints, σ = 1, no intransitivity, ties, careless or adversarial
     * voters, refits every max(1, items / 2) votes, prior σ = 1, Elo K = 4, top 5 (or all items
     * if fewer), one thread.
     */
    public static SimulationConfig of(int items, int k, int votes, int seeds) {
        return new SimulationConfig(items, k, votes, seeds, 1, 30, 1.0, 0, 0, 0, 0, Math.max(1, items / 2), 1.0, 4,
                Math.min(5, items), 1);
    }

    public SimulationConfig withSeed(long newSeed) {
        return new SimulationConfig(items, k, votes, seeds, newSeed, checkpoints, spread, intransitive, tieRate,
                careless, adversarial, refitEvery, priorSigma, eloK, top, threads);
    }

    public SimulationConfig withVoters(double newTieRate, double newCareless, double newAdversarial,
                                       double newIntransitive) {
        return new SimulationConfig(items, k, votes, seeds, seed, checkpoints, spread, newIntransitive, newTieRate,
                newCareless, newAdversarial, refitEvery, priorSigma, eloK, top, threads);
    }

    public SimulationConfig withFitting(int newRefitEvery, double newPriorSigma, double newEloK) {
        return new SimulationConfig(items, k, votes, seeds, seed, checkpoints, spread, intransitive, tieRate, careless,
                adversarial, newRefitEvery, newPriorSigma, newEloK, top, threads);
    }

    public SimulationConfig withReporting(int newCheckpoints, int newTop, int newThreads) {
        return new SimulationConfig(items, k, votes, seeds, seed, newCheckpoints, spread, intransitive, tieRate,
                careless, adversarial, refitEvery, priorSigma, eloK, newTop, newThreads);
    }

    public SimulationConfig withSpread(double newSpread) {
        return new SimulationConfig(items, k, votes, seeds, seed, checkpoints, newSpread, intransitive, tieRate,
                careless, adversarial, refitEvery, priorSigma, eloK, top, threads);
    }

    /**
     * The vote counts metrics are taken at: {@code checkpoints} values spaced geometrically from
     * min(items, votes) to {@code votes}, rounded, duplicates dropped; always ends at {@code votes}.
     */
    public long[] checkpointVotes() {
        double first = Math.min(items, votes);
        List<Long> values = new ArrayList<>();
        for (int c = 0; c < checkpoints; c++) {
            double fraction = checkpoints == 1 ? 1 : (double) c / (checkpoints - 1);
            long value = Math.round(first * Math.pow(votes / first, fraction));
            if (values.isEmpty() || value > values.get(values.size() - 1)) {
                values.add(value);
            }
        }
        values.set(values.size() - 1, (long) votes);
        return values.stream().mapToLong(Long::longValue).toArray();
    }
}
