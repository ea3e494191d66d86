package dev.ordinal.select;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Simulated voters ordering the items of a battle. Each vote comes from one of three kinds of voter:
 * <ul>
 *   <li>careless (probability {@code careless}): a uniformly random order, no ties;</li>
 *   <li>adversarial (probability {@code adversarial}): an honest vote, reversed;</li>
 *   <li>honest (the rest): the items are ordered best first by sequential choice (Plackett–Luce:
 *   R. L. Plackett, Applied Statistics 24:193–202, 1975), each step choosing item i from those left,
 *   S, with probability ∝ exp(θᵢ + (ι/2)·mean over j ∈ S∖{i} of Zᵢⱼ); for two items this is
 *   Bradley–Terry with log-odds θᵢ − θⱼ + ιZᵢⱼ. Then each pair of neighbours x above y is merged into
 *   a tie with probability ν / (ν + 2 cosh(ℓ/2)), ℓ the log-odds of x over y and ν = 2τ/(1 − τ) for
 *   the tie rate τ. For two items this is exactly Davidson's model (R. R. Davidson, JASA
 *   65:317–328, 1970): P(i wins) ∝ e^{ℓ/2}, P(j wins) ∝ e^{−ℓ/2}, P(tie) ∝ ν, so two equals tie with
 *   probability τ.</li>
 * </ul>
 * Cost of one vote: O(K²). All randomness comes from the given generator.
 */
final class SimulatedVoters {
    private final GroundTruth truth;
    private final double careless;
    private final double adversarial;
    private final double nu;

    SimulatedVoters(GroundTruth truth, double tieRate, double careless, double adversarial) {
        this.truth = truth;
        this.careless = careless;
        this.adversarial = adversarial;
        this.nu = 2 * tieRate / (1 - tieRate);
    }

    /** One vote on {@code items}: tied groups, best first. */
    int[][] vote(int[] items, UniformRandomProvider random) {
        int k = items.length;
        int[] order = items.clone();
        double kind = random.nextDouble();
        if (kind < careless) {
            for (int i = k - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            int[][] groups = new int[k][];
            for (int i = 0; i < k; i++) {
                groups[i] = new int[] {order[i]};
            }
            return groups;
        }
        chooseSequentially(order, random);
        int[][] groups = tiedGroups(order, random);
        if (kind < careless + adversarial) {
            for (int g = 0; g < groups.length / 2; g++) {
                int[] swap = groups[g];
                groups[g] = groups[groups.length - 1 - g];
                groups[groups.length - 1 - g] = swap;
            }
        }
        return groups;
    }

    /** P(i beats j) + ½ P(tie) for a vote on the pair {i, j}, over the mix of voters. */
    double expectedScore(int i, int j) {
        double logit = truth.logit(i, j);
        double up = Math.exp(logit / 2);
        double down = Math.exp(-logit / 2);
        double total = up + down + nu;
        double honest = (up + nu / 2) / total;
        double reversed = (down + nu / 2) / total;
        return careless / 2 + adversarial * reversed + (1 - careless - adversarial) * honest;
    }

    /** Rearranges {@code order} in place, best first. */
    private void chooseSequentially(int[] order, UniformRandomProvider random) {
        int k = order.length;
        double[] utility = new double[k];
        for (int position = 0; position < k - 1; position++) {
            int left = k - position;
            double largest = Double.NEGATIVE_INFINITY;
            for (int a = position; a < k; a++) {
                double skew = 0;
                for (int b = position; b < k; b++) {
                    skew += a == b ? 0 : truth.skew(order[a], order[b]);
                }
                utility[a] = truth.strength(order[a]) + skew / (2.0 * (left - 1));
                largest = Math.max(largest, utility[a]);
            }
            double total = 0;
            for (int a = position; a < k; a++) {
                utility[a] = Math.exp(utility[a] - largest);
                total += utility[a];
            }
            double u = random.nextDouble() * total;
            int chosen = k - 1;
            for (int a = position; a < k; a++) {
                u -= utility[a];
                if (u < 0) {
                    chosen = a;
                    break;
                }
            }
            int swap = order[position];
            order[position] = order[chosen];
            order[chosen] = swap;
        }
    }

    private int[][] tiedGroups(int[] order, UniformRandomProvider random) {
        int k = order.length;
        int[] groupOf = new int[k];
        int groups = 1;
        for (int p = 1; p < k; p++) {
            boolean tie = false;
            if (nu > 0) {
                double logit = truth.logit(order[p - 1], order[p]);
                tie = random.nextDouble() * (nu + 2 * Math.cosh(logit / 2)) < nu;
            }
            groupOf[p] = tie ? groupOf[p - 1] : groups++;
        }
        int[] sizes = new int[groups];
        for (int g : groupOf) {
            sizes[g]++;
        }
        int[][] result = new int[groups][];
        for (int g = 0; g < groups; g++) {
            result[g] = new int[sizes[g]];
        }
        int[] filled = new int[groups];
        for (int p = 0; p < k; p++) {
            result[groupOf[p]][filled[groupOf[p]]++] = order[p];
        }
        return result;
    }
}
