package dev.ordinal.testing;

import dev.ordinal.fit.BradleyTerry;
import dev.ordinal.fit.Fit;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.Likelihood;
import dev.ordinal.fit.MaximumLikelihood;
import dev.ordinal.fit.PlackettLuce;
import dev.ordinal.fit.StrengthModel;
import dev.ordinal.fit.ThurstoneMosteller;
import dev.ordinal.fit.TieModel;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Items;
import dev.ordinal.judgment.Outcome;
import dev.ordinal.judgment.PairwiseJudgment;
import dev.ordinal.judgment.RankingJudgment;
import dev.ordinal.judgment.RankingProfile;
import dev.ordinal.leaderboard.Leaderboard;
import dev.ordinal.leaderboard.LeaderboardRequest;
import dev.ordinal.leaderboard.Leaderboards;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Test data drawn from each model with known true parameters, written independently of the
 * production code (in particular of {@link dev.ordinal.judgment.SyntheticBattles}) so that a
 * mistake in one is not copied into the other.
 */
public final class Simulation {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private Simulation() {
    }

    /** Every strength model and tie reading the suite runs against. */
    public static List<StrengthModel> allModels() {
        return List.of(new BradleyTerry(TieModel.HALF), new BradleyTerry(TieModel.DROP),
                new BradleyTerry(TieModel.DAVIDSON), new BradleyTerry(TieModel.RAO_KUPPER),
                new ThurstoneMosteller(TieModel.HALF), new ThurstoneMosteller(TieModel.DROP), new PlackettLuce());
    }

    public static String label(StrengthModel model) {
        return model.name() + "/" + model.ties().label();
    }

    /** The id of item i in simulated data. */
    public static String id(int item) {
        return "item-" + item;
    }

    /** Gaussian log-strengths with standard deviation {@code spread}. */
    public static double[] strengths(int items, double spread, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] theta = new double[items];
        for (int i = 0; i < items; i++) {
            theta[i] = spread * gaussian(random);
        }
        return theta;
    }

    public static double[] centred(double[] values) {
        double mean = Arrays.stream(values).average().orElse(0);
        return Arrays.stream(values).map(v -> v - mean).toArray();
    }

    /** P(A preferred), P(B preferred), P(tie) as a function of x = θ_A − θ_B. */
    @FunctionalInterface
    public interface OutcomeLaw {
        double[] probabilities(double x);
    }

    /** Bradley–Terry (1952), no ties: P(A) = 1/(1 + e^{−x}). */
    public static OutcomeLaw bradleyTerry() {
        return x -> new double[] {1 / (1 + Math.exp(-x)), 1 / (1 + Math.exp(x)), 0};
    }

    /** Thurstone (1927) Case V with unit-variance differences: P(A) = Φ(x). */
    public static OutcomeLaw thurstone() {
        return x -> new double[] {STANDARD_NORMAL.cumulativeProbability(x), STANDARD_NORMAL.cumulativeProbability(-x), 0};
    }

    /** Davidson (1970), JASA 65:317, eq. (2.1)-(2.2) divided by √(πᵢπⱼ): weights e^{x/2}, e^{−x/2}, ν. */
    public static OutcomeLaw davidson(double nu) {
        return x -> {
            double a = Math.exp(x / 2);
            double b = Math.exp(-x / 2);
            double sum = a + b + nu;
            return new double[] {a / sum, b / sum, nu / sum};
        };
    }

    /** Rao &amp; Kupper (1967), JASA 62:194: P(A) = πᵢ/(πᵢ + θπⱼ) with log θ = η, the rest a tie. */
    public static OutcomeLaw raoKupper(double eta) {
        return x -> {
            double a = 1 / (1 + Math.exp(eta - x));
            double b = 1 / (1 + Math.exp(eta + x));
            return new double[] {a, b, 1 - a - b};
        };
    }

    /** Battles between uniformly random distinct pairs, shown in random order. */
    public static List<PairwiseJudgment> battles(double[] theta, int battles, OutcomeLaw law, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = theta.length;
        List<PairwiseJudgment> judgments = new ArrayList<>(battles);
        for (int k = 0; k < battles; k++) {
            int a = random.nextInt(n);
            int b = (a + 1 + random.nextInt(n - 1)) % n;
            double[] p = law.probabilities(theta[a] - theta[b]);
            double u = random.nextDouble();
            Outcome outcome = u < p[0] ? Outcome.A : u < p[0] + p[1] ? Outcome.B : Outcome.TIE;
            judgments.add(PairwiseJudgment.of(id(a), id(b), outcome));
        }
        return judgments;
    }

    /** A table with items registered in index order, so item i has index i. */
    public static ComparisonTable table(int items, List<PairwiseJudgment> judgments) {
        ComparisonTable.Builder builder = ComparisonTable.builder();
        for (int i = 0; i < items; i++) {
            builder.item(id(i));
        }
        judgments.forEach(builder::add);
        return builder.build();
    }

    /**
     * Plackett–Luce rankings of {@code length} random distinct items: sorting θᵢ + Gumbel noise
     * in decreasing order gives a Plackett–Luce ranking (Yellott, J. Math. Psych. 15:109–144, 1977).
     */
    public static List<RankingJudgment> rankings(double[] theta, int rankings, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = theta.length;
        List<RankingJudgment> result = new ArrayList<>(rankings);
        for (int r = 0; r < rankings; r++) {
            int[] pool = IntStream.range(0, n).toArray();
            for (int k = n - 1; k > 0; k--) {
                int swap = random.nextInt(k + 1);
                int keep = pool[k];
                pool[k] = pool[swap];
                pool[swap] = keep;
            }
            double[] utility = new double[n];
            for (int i = 0; i < n; i++) {
                utility[i] = theta[i] - Math.log(-Math.log(random.nextDouble()));
            }
            List<String> order = Arrays.stream(pool, 0, length).boxed()
                    .sorted(Comparator.comparingDouble(i -> -utility[i])).map(Simulation::id).toList();
            result.add(RankingJudgment.ofOrder(order));
        }
        return result;
    }

    /** {@code theta} (indexed as in {@link #id}) re-indexed to the profile's item order. */
    public static double[] inProfileOrder(RankingProfile profile, double[] theta) {
        double[] reordered = new double[profile.itemCount()];
        if (profile.itemCount() != theta.length) {
            throw new IllegalStateException("some item appears in no ranking");
        }
        for (int i = 0; i < theta.length; i++) {
            reordered[profile.items().indexOf(id(i)).getAsInt()] = theta[i];
        }
        return reordered;
    }

    /** A standard normal variate (Box–Muller), so test data do not depend on the code under test. */
    static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** Simulated data for one model together with what generated it; {@code theta} in the items' index order. */
    public record Sample(StrengthModel model, ComparisonTable table, RankingProfile profile, double[] theta,
                         double[] extras) {
        public Likelihood likelihood() {
            return profile != null ? model.likelihood(profile) : model.likelihood(table);
        }

        public Items items() {
            return profile != null ? profile.items() : table.items();
        }

        public Fit fit(FitOptions options) {
            return MaximumLikelihood.fit(likelihood(), items(), options);
        }

        public Leaderboard rank(LeaderboardRequest request) {
            return profile != null ? Leaderboards.rank(profile, request) : Leaderboards.rank(table, request);
        }

        /** The true log-strengths minus their mean: what a centred estimate estimates. */
        public double[] centredTruth() {
            return centred(theta);
        }
    }

    /**
     * Data of about {@code size} judgments drawn from {@code model} itself (so the model is
     * correctly specified): plain BT data for BT with half ties, Davidson data for Davidson ties
     * and for dropped ties (conditional on a decisive result Davidson's model is Bradley–Terry),
     * Rao–Kupper data for Rao–Kupper ties, probit data for Thurstone, and Plackett–Luce rankings
     * of four items for Plackett–Luce.
     */
    public static Sample fromModel(StrengthModel model, int items, int size, double spread, long seed) {
        double[] theta = strengths(items, spread, seed);
        // A mixed seed: SplittableRandom(s) walks s, s + γ, s + 2γ, ... with a fixed γ, so seeds
        // that differ by a multiple of γ would give overlapping (shifted) streams.
        long dataSeed = new SplittableRandom(~seed).nextLong();
        if (model instanceof PlackettLuce) {
            RankingProfile profile = RankingProfile.of(rankings(theta, size, Math.min(4, items), dataSeed));
            return new Sample(model, null, profile, inProfileOrder(profile, theta), new double[0]);
        }
        OutcomeLaw law;
        double[] extras = new double[0];
        if (model instanceof ThurstoneMosteller) {
            law = thurstone();
        } else {
            switch (model.ties()) {
                case DAVIDSON -> {
                    law = davidson(0.6);
                    extras = new double[] {Math.log(0.6)};
                }
                case DROP -> law = davidson(0.6);
                case RAO_KUPPER -> {
                    law = raoKupper(0.4);
                    extras = new double[] {0.4};
                }
                default -> law = bradleyTerry();
            }
        }
        return new Sample(model, table(items, battles(theta, size, law, dataSeed)), null, theta, extras);
    }
}
