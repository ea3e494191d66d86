package dev.ordinal.rating;

import dev.ordinal.error.DataException;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.Require;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apache.commons.numbers.gamma.ErfDifference;
import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.Erfcx;
import org.apache.commons.numbers.gamma.InverseErf;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * TrueSkill: R. Herbrich, T. Minka and T. Graepel, "TrueSkill(TM): A Bayesian Skill Rating
 * System", NIPS 19 (2006), with the factor-graph schedule of that paper's Figure 1 and of
 * Herbrich, Minka and Graepel's technical report MSR-TR-2006-80.
 *
 * <p>Each player's skill is a Gaussian N(μ, σ²). For a game, each skill first widens by the
 * dynamics τ (σ² + τ²); each player performs p ~ N(s, β²); a team performs the sum of its
 * players' performances, each multiplied by its partial-play weight; teams sorted by rank are
 * compared pairwise with their neighbours: the difference of adjacent team performances must
 * exceed the draw margin ε (a win) or lie within ±ε (a draw). The posterior is approximated by
 * expectation propagation: messages flow down to the team performances once, are iterated on the
 * chain of team differences until the difference marginals move by less than {@code tolerance}
 * (in μ and σ) or {@code maxPasses} passes are done, then flow up to the skills. With two teams
 * the chain has one factor and one pass is exact; it then reduces to the closed-form update of
 * the paper's Table 1.
 *
 * <p>The draw margin of a comparison between teams of n₁ and n₂ players is
 * ε = Φ⁻¹((p + 1)/2)·√(n₁ + n₂)·β for the draw probability p.
 *
 * <p>Cost of one game of P players in T teams: O(P + T·passes). {@link #matchQuality} costs
 * O(P·T + T³). Not thread-safe.
 */
public final class TrueSkill implements RatingSystem {

    public static final double DEFAULT_MEAN = 25.0;
    public static final double DEFAULT_DEVIATION = 25.0 / 3.0;
    public static final double DEFAULT_BETA = 25.0 / 6.0;
    public static final double DEFAULT_TAU = 25.0 / 300.0;
    public static final double DEFAULT_DRAW_PROBABILITY = 0.10;
    public static final double DEFAULT_TOLERANCE = 1e-4;
    public static final int DEFAULT_MAX_PASSES = 20;

    private final double priorMean;
    private final double priorDeviation;
    private final double beta;
    private final double tau;
    private final double drawProbability;
    private final double tolerance;
    private final int maxPasses;

    private final Roster roster = new Roster(this::admit);
    private double[] means = new double[roster.capacity()];
    private double[] variances = new double[roster.capacity()];

    /** TrueSkill with the paper's defaults: μ 25, σ 25/3, β 25/6, τ 25/300, draw probability 0.10. */
    public TrueSkill() {
        this(DEFAULT_MEAN, DEFAULT_DEVIATION, DEFAULT_BETA, DEFAULT_TAU, DEFAULT_DRAW_PROBABILITY);
    }

    /**
     * @param mean            prior μ of a new player
     * @param deviation       prior σ of a new player, &gt; 0
     * @param beta            performance noise β, &gt; 0
     * @param tau             dynamics τ added (in variance) before each game, ≥ 0
     * @param drawProbability probability of a draw between two equal players, in [0, 1)
     */
    public TrueSkill(double mean, double deviation, double beta, double tau, double drawProbability) {
        this(mean, deviation, beta, tau, drawProbability, DEFAULT_TOLERANCE, DEFAULT_MAX_PASSES);
    }

    /**
     * @param tolerance stop iterating the team-difference chain when no difference marginal moves
     *                  by more than this in μ or σ, &gt; 0
     * @param maxPasses at most this many forward-and-back passes over the chain, ≥ 1
     */
    public TrueSkill(double mean, double deviation, double beta, double tau, double drawProbability,
                     double tolerance, int maxPasses) {
        Require.finite("mu", mean);
        Require.positive("sigma", deviation);
        Require.positive("beta", beta);
        Require.nonNegative("tau", tau);
        if (!(drawProbability >= 0 && drawProbability < 1)) {
            throw new InvalidParameterException("draw-probability", Double.toString(drawProbability),
                    "a number in [0, 1)");
        }
        Require.positive("tolerance", tolerance);
        Require.atLeast("max-passes", maxPasses, 1);
        this.priorMean = mean;
        this.priorDeviation = deviation;
        this.beta = beta;
        this.tau = tau;
        this.drawProbability = drawProbability;
        this.tolerance = tolerance;
        this.maxPasses = maxPasses;
    }

    @Override
    public String name() {
        return "trueskill";
    }

    /** The draw margin ε for a comparison between two teams with {@code players} players in all. */
    public double drawMargin(int players) {
        if (players < 2) {
            throw new IllegalArgumentException("a comparison needs at least two players, got " + players);
        }
        // Φ⁻¹((p + 1)/2) = √2·erf⁻¹(p)
        return Math.sqrt(2) * InverseErf.value(drawProbability) * Math.sqrt(players) * beta;
    }

    @Override
    public void update(Match match) {
        Objects.requireNonNull(match, "match");
        int teamCount = match.teams().size();
        Integer[] sorted = new Integer[teamCount];
        for (int t = 0; t < teamCount; t++) {
            sorted[t] = t;
        }
        // stable: equal ranks keep the order given
        Arrays.sort(sorted, Comparator.comparingInt(t -> match.ranks().get(t)));

        double[][] weights = new double[teamCount][];
        int[] ranks = new int[teamCount];
        for (int j = 0; j < teamCount; j++) {
            int team = sorted[j];
            int size = match.teams().get(team).size();
            ranks[j] = match.ranks().get(team);
            weights[j] = new double[size];
            boolean anyWeight = false;
            for (int k = 0; k < size; k++) {
                weights[j][k] = match.weight(team, k);
                anyWeight |= weights[j][k] > 0;
            }
            if (!anyWeight) {
                throw new DataException("game '" + match.id() + "': every player of team " + team
                        + " has weight 0, so its performance carries no information");
            }
        }
        for (int j = 0; j + 1 < teamCount; j++) {
            if (ranks[j] == ranks[j + 1] && drawProbability == 0) {
                throw new DataException("game '" + match.id() + "' has a draw but this TrueSkill's draw probability is 0",
                        "set draw-probability above 0 (e.g. draw-probability=0.1)");
            }
        }
        // all checks passed: only now register players (in the order the game lists them), so that a
        // rejected game changes nothing
        int[][] byTeam = roster.register(match.teams());
        int[][] members = new int[teamCount][];
        for (int j = 0; j < teamCount; j++) {
            members[j] = byTeam[sorted[j]];
        }
        rate(members, weights, ranks);
    }

    /** The expectation-propagation update of one game whose teams are sorted best first. */
    private void rate(int[][] members, double[][] weights, int[] ranks) {
        int teamCount = members.length;
        double betaSquared = beta * beta;

        // Down: skills (with dynamics) → performances → team performances.
        double[][] skillVariance = new double[teamCount][];
        double[] downMean = new double[teamCount];
        double[] downVariance = new double[teamCount];
        for (int j = 0; j < teamCount; j++) {
            skillVariance[j] = new double[members[j].length];
            for (int k = 0; k < members[j].length; k++) {
                int p = members[j][k];
                double w = weights[j][k];
                skillVariance[j][k] = variances[p] + tau * tau;
                downMean[j] += w * means[p];
                downVariance[j] += w * w * (skillVariance[j][k] + betaSquared);
            }
        }

        // The chain of team differences d_j = t_j − t_{j+1}, in natural parameters (precision, precision·mean).
        int differences = teamCount - 1;
        double[] margins = new double[differences];
        boolean[] draws = new boolean[differences];
        for (int j = 0; j < differences; j++) {
            margins[j] = drawMargin(members[j].length + members[j + 1].length);
            draws[j] = ranks[j] == ranks[j + 1];
        }
        double[] leftPrecision = new double[differences];   // factor j → t_j
        double[] leftShifted = new double[differences];
        double[] rightPrecision = new double[differences];  // factor j → t_{j+1}
        double[] rightShifted = new double[differences];
        double[] lastMean = new double[differences];
        double[] lastDeviation = new double[differences];
        Arrays.fill(lastMean, Double.NaN);
        Arrays.fill(lastDeviation, Double.NaN);

        for (int pass = 0; pass < maxPasses; pass++) {
            double change = 0;
            for (int j = 0; j < differences; j++) {
                change = Math.max(change, passDifference(j, downMean, downVariance, margins, draws,
                        leftPrecision, leftShifted, rightPrecision, rightShifted, lastMean, lastDeviation));
            }
            for (int j = differences - 2; j >= 0; j--) {
                change = Math.max(change, passDifference(j, downMean, downVariance, margins, draws,
                        leftPrecision, leftShifted, rightPrecision, rightShifted, lastMean, lastDeviation));
            }
            if (differences == 1 || change < tolerance) {
                break;
            }
        }

        // Up: team performances → performances → skills.
        for (int j = 0; j < teamCount; j++) {
            // the product of the difference factors' messages to t_j
            double upPrecision = messageOrUniform(leftPrecision, j) + messageOrUniform(rightPrecision, j - 1);
            double upShifted = messageOrUniform(leftShifted, j) + messageOrUniform(rightShifted, j - 1);
            for (int k = 0; k < members[j].length; k++) {
                int p = members[j][k];
                double w = weights[j][k];
                double priorVariance = skillVariance[j][k];
                if (upPrecision > 0 && w > 0) {
                    double upMean = upShifted / upPrecision;
                    double othersMean = downMean[j] - w * means[p];
                    double othersVariance = downVariance[j] - w * w * (priorVariance + betaSquared);
                    // p_k = (t − Σ_{other} w·p) / w, then s_k ~ p_k − N(0, β²)
                    double messageMean = (upMean - othersMean) / w;
                    double messageVariance = (1 / upPrecision + Math.max(othersVariance, 0)) / (w * w)
                            + betaSquared;
                    // prior × message, in gain form so that a nearly flat message moves μ by nearly nothing
                    double gain = priorVariance / (priorVariance + messageVariance);
                    means[p] += gain * (messageMean - means[p]);
                    variances[p] = priorVariance * (1 - gain);
                } else {
                    variances[p] = priorVariance;
                }
                roster.addGames(p, 1);
            }
        }
    }

    /** A natural parameter of difference factor j's message, 0 (uniform) past either end of the chain. */
    private static double messageOrUniform(double[] values, int j) {
        return j >= 0 && j < values.length ? values[j] : 0;
    }

    /**
     * Updates difference factor j and its truncation factor, then the factor's messages to both
     * team performances (paper Figure 1, messages 4–6). Returns how far the marginal of d_j moved.
     */
    private static double passDifference(int j, double[] downMean, double[] downVariance, double[] margins,
                                         boolean[] draws, double[] leftPrecision, double[] leftShifted,
                                         double[] rightPrecision, double[] rightShifted, double[] lastMean,
                                         double[] lastDeviation) {
        int differences = margins.length;
        // Cavities: each team's marginal without this factor's own message to it.
        double leftCavityPrecision = 1 / downVariance[j] + (j > 0 ? rightPrecision[j - 1] : 0);
        double leftCavityShifted = downMean[j] / downVariance[j] + (j > 0 ? rightShifted[j - 1] : 0);
        double rightCavityPrecision = 1 / downVariance[j + 1] + (j + 1 < differences ? leftPrecision[j + 1] : 0);
        double rightCavityShifted = downMean[j + 1] / downVariance[j + 1]
                + (j + 1 < differences ? leftShifted[j + 1] : 0);
        double leftMean = leftCavityShifted / leftCavityPrecision;
        double leftVariance = 1 / leftCavityPrecision;
        double rightMean = rightCavityShifted / rightCavityPrecision;
        double rightVariance = 1 / rightCavityPrecision;

        // Message to d_j, then moment-match the truncation (paper eq. for v and w).
        double mean = leftMean - rightMean;
        double variance = leftVariance + rightVariance;
        double c = Math.sqrt(variance);
        double t = mean / c;
        double e = margins[j] / c;
        double v = draws[j] ? TruncatedGaussian.vDraw(t, e) : TruncatedGaussian.vWin(t, e);
        double w = draws[j] ? TruncatedGaussian.wDraw(t, e) : TruncatedGaussian.wWin(t, e);
        w = Math.min(Math.max(w, 0), 1 - 1e-15);
        double marginalMean = mean + c * v;
        double marginalDeviation = c * Math.sqrt(1 - w);
        double change = Math.max(Math.abs(marginalMean - lastMean[j]), Math.abs(marginalDeviation - lastDeviation[j]));
        if (Double.isNaN(change)) {
            change = Double.POSITIVE_INFINITY;
        }
        lastMean[j] = marginalMean;
        lastDeviation[j] = marginalDeviation;

        // Truncation message = new marginal / cavity, in closed form to avoid cancellation.
        double truncationPrecision = w / ((1 - w) * variance);
        if (truncationPrecision > 0) {
            double truncationShifted = (mean * w + c * v) / ((1 - w) * variance);
            double truncationMean = truncationShifted / truncationPrecision;
            double truncationVariance = 1 / truncationPrecision;
            // t_j = d_j + t_{j+1}; t_{j+1} = t_j − d_j
            double toLeftVariance = truncationVariance + rightVariance;
            leftPrecision[j] = 1 / toLeftVariance;
            leftShifted[j] = (truncationMean + rightMean) / toLeftVariance;
            double toRightVariance = leftVariance + truncationVariance;
            rightPrecision[j] = 1 / toRightVariance;
            rightShifted[j] = (leftMean - truncationMean) / toRightVariance;
        } else {
            leftPrecision[j] = 0;
            leftShifted[j] = 0;
            rightPrecision[j] = 0;
            rightShifted[j] = 0;
        }
        return change;
    }

    @Override
    public Rating rating(String player) {
        Objects.requireNonNull(player, "player");
        int p = roster.find(player);
        double mean = p < 0 ? priorMean : means[p];
        double deviation = p < 0 ? priorDeviation : Math.sqrt(variances[p]);
        return new Rating(mean, deviation, OptionalDouble.empty(), mean - 3 * deviation);
    }

    @Override
    public List<String> players() {
        return roster.players();
    }

    @Override
    public int games(String player) {
        return roster.games(player);
    }

    /**
     * [P(team 0 wins), P(draw), P(team 1 wins)] from the performance difference
     * N(μ₀ − μ₁, n·β² + Σσ²) of the current ratings and the draw margin ε for the n players.
     */
    @Override
    public double[] predict(List<String> team0, List<String> team1) {
        List<List<String>> teams = List.of(List.copyOf(team0), List.copyOf(team1));
        Roster.checkTeams(teams);
        double meanDifference = 0;
        double variance = 0;
        int players = 0;
        for (int j = 0; j < 2; j++) {
            for (String player : teams.get(j)) {
                Rating r = rating(player);
                meanDifference += j == 0 ? r.mean() : -r.mean();
                variance += r.deviation() * r.deviation() + beta * beta;
                players++;
            }
        }
        double scale = Math.sqrt(2 * variance);
        double margin = drawMargin(players);
        double win0 = 0.5 * Erfc.value((margin - meanDifference) / scale);
        double win1 = 0.5 * Erfc.value((margin + meanDifference) / scale);
        double draw = 0.5 * ErfDifference.value((-margin - meanDifference) / scale, (margin - meanDifference) / scale);
        double total = win0 + draw + win1;
        return new double[] {win0 / total, draw / total, win1 / total};
    }

    /**
     * TrueSkill match quality (Herbrich et al. 2006, section 4; MSR-TR-2006-80 eq. for q_draw):
     * the probability of a draw relative to the draw probability of equal teams,
     * √(det(β²AᵀA)/det(β²AᵀA + AᵀΣA))·exp(−½ μᵀA(β²AᵀA + AᵀΣA)⁻¹Aᵀμ), where column j of A
     * is +1 on the players of team j and −1 on those of team j + 1. For two teams this is
     * √(nβ²/(nβ² + Σσ²))·exp(−(μ₀ − μ₁)²/(2(nβ² + Σσ²))).
     */
    @Override
    public double matchQuality(List<List<String>> teams) {
        Roster.checkTeams(teams);
        int teamCount = teams.size();
        List<String> all = new ArrayList<>();
        int[] teamOf = new int[teams.stream().mapToInt(List::size).sum()];
        for (int j = 0; j < teamCount; j++) {
            for (String player : teams.get(j)) {
                teamOf[all.size()] = j;
                all.add(player);
            }
        }
        int n = all.size();
        int d = teamCount - 1;
        DMatrixRMaj a = new DMatrixRMaj(n, d);
        double[] mean = new double[n];
        double[] variance = new double[n];
        for (int i = 0; i < n; i++) {
            Rating r = rating(all.get(i));
            mean[i] = r.mean();
            variance[i] = r.deviation() * r.deviation();
            int j = teamOf[i];
            if (j < d) {
                a.set(i, j, 1);
            }
            if (j > 0) {
                a.set(i, j - 1, -1);
            }
        }
        DMatrixRMaj performance = new DMatrixRMaj(d, d);  // β²AᵀA
        DMatrixRMaj total = new DMatrixRMaj(d, d);        // β²AᵀA + AᵀΣA
        DMatrixRMaj projectedMean = new DMatrixRMaj(d, 1); // Aᵀμ
        for (int r = 0; r < d; r++) {
            for (int s = 0; s < d; s++) {
                double plain = 0;
                double weighted = 0;
                for (int i = 0; i < n; i++) {
                    double product = a.get(i, r) * a.get(i, s);
                    plain += product;
                    weighted += product * variance[i];
                }
                performance.set(r, s, beta * beta * plain);
                total.set(r, s, beta * beta * plain + weighted);
            }
            double projected = 0;
            for (int i = 0; i < n; i++) {
                projected += a.get(i, r) * mean[i];
            }
            projectedMean.set(r, 0, projected);
        }
        // det(β²AᵀA)/det(total) = det(total⁻¹·β²AᵀA): its eigenvalues lie in (0, 1], so no overflow.
        DMatrixRMaj ratio = new DMatrixRMaj(d, d);
        DMatrixRMaj solved = new DMatrixRMaj(d, 1);
        if (!CommonOps_DDRM.solve(total, performance, ratio) || !CommonOps_DDRM.solve(total, projectedMean, solved)) {
            throw new IllegalStateException("match quality: singular covariance for teams " + teams);
        }
        double determinantRatio = CommonOps_DDRM.det(ratio);
        double quadratic = CommonOps_DDRM.dot(projectedMean, solved);
        return Math.sqrt(Math.max(determinantRatio, 0)) * Math.exp(-0.5 * quadratic);
    }

    /** Sets a player's rating directly (for tests and for restoring saved state); games are kept. */
    void seed(String player, double mean, double deviation) {
        Require.finite("mean", mean);
        Require.positive("deviation", deviation);
        int slot = roster.register(player);
        means[slot] = mean;
        variances[slot] = deviation * deviation;
    }

    /** A new player starts at the prior μ and σ. */
    private void admit(int player, int capacity) {
        means = Roster.grown(means, capacity);
        variances = Roster.grown(variances, capacity);
        means[player] = priorMean;
        variances[player] = priorDeviation * priorDeviation;
    }

    /**
     * The moments of a unit-variance Gaussian N(t, 1) truncated to (ε, ∞) (a win) or to [−ε, ε]
     * (a draw), as the additive and multiplicative corrections v and w of Herbrich et al. 2006,
     * section 3: the truncated mean is t + v and the truncated variance 1 − w. Written with Mills
     * ratios (via the scaled complementary error function) so that they stay finite and accurate
     * deep in the tails, where Φ underflows.
     */
    static final class TruncatedGaussian {

        private static final double SQRT_HALF_PI = Math.sqrt(Math.PI / 2);
        private static final double INV_SQRT_TWO_PI = 1 / Math.sqrt(2 * Math.PI);
        private static final double SQRT_TWO = Math.sqrt(2);
        /** Below this, φ(t + ε)/φ(t − ε) is lost in rounding next to 1. */
        private static final double FAR_SIDE_NEGLIGIBLE = 1e-18;

        private TruncatedGaussian() {
        }

        /** Mills ratio R(z) = (1 − Φ(z))/φ(z), accurate for z ≥ 0. */
        static double millsRatio(double z) {
            return SQRT_HALF_PI * Erfcx.value(z / SQRT_TWO);
        }

        static double density(double x) {
            return INV_SQRT_TWO_PI * Math.exp(-0.5 * x * x);
        }

        static double cumulative(double x) {
            return 0.5 * Erfc.value(-x / SQRT_TWO);
        }

        /** v for a win: φ(t − ε)/Φ(t − ε). */
        static double vWin(double t, double epsilon) {
            double x = t - epsilon;
            if (x >= 0) {
                return density(x) / cumulative(x);
            }
            return 1 / millsRatio(-x);
        }

        /** w for a win: v·(v + t − ε), in (0, 1). */
        static double wWin(double t, double epsilon) {
            double x = t - epsilon;
            if (x >= -10) {
                double v = vWin(t, epsilon);
                return v * (v + x);
            }
            // v = z + g with z = −x; w = v·g; g from the Laplace continued fraction of the Mills
            // ratio, 1/R(z) = z + 1/(z + 2/(z + 3/(z + …))), avoiding the cancellation in v + x.
            double z = -x;
            double tail = z;
            for (int k = 60; k >= 2; k--) {
                tail = z + k / tail;
            }
            double g = 1 / tail;
            return (z + g) * g;
        }

        /** v for a draw: (φ(−ε − t) − φ(ε − t))/(Φ(ε − t) − Φ(−ε − t)); odd in t. */
        static double vDraw(double t, double epsilon) {
            double s = Math.abs(t);
            double a = s - epsilon;
            double b = s + epsilon;
            double v;
            if (a <= 0) {
                v = (density(b) - density(a)) / mass(a, b);
            } else if (Math.exp(-2 * s * epsilon) < FAR_SIDE_NEGLIGIBLE) {
                // the far edge −ε no longer matters: one-sided truncation from above, i.e. a win mirrored
                v = -vWin(-s, -epsilon);
            } else {
                // divide through by φ(a): φ(b)/φ(a) = exp(−2sε)
                v = Math.expm1(-2 * s * epsilon) / scaledMass(s, epsilon);
            }
            return t < 0 ? -v : v;
        }

        /** w for a draw: v² + ((ε − t)φ(ε − t) + (ε + t)φ(ε + t))/(Φ(ε − t) − Φ(−ε − t)); even in t. */
        static double wDraw(double t, double epsilon) {
            double s = Math.abs(t);
            double a = s - epsilon;
            double b = s + epsilon;
            double v = vDraw(s, epsilon);
            if (a <= 0) {
                return v * v + (b * density(b) - a * density(a)) / mass(a, b);
            }
            double ratio = Math.exp(-2 * s * epsilon);
            if (ratio < FAR_SIDE_NEGLIGIBLE) {
                return wWin(-s, -epsilon);
            }
            return v * v + (b * ratio - a) / scaledMass(s, epsilon);
        }

        /** Φ(−a) − Φ(−b) for a &lt; b. */
        private static double mass(double a, double b) {
            return 0.5 * ErfDifference.value(-b / SQRT_TWO, -a / SQRT_TWO);
        }

        /** (Φ(−a) − Φ(−b))/φ(a) for a = s − ε &gt; 0, b = s + ε. */
        private static double scaledMass(double s, double epsilon) {
            return millsRatio(s - epsilon) - Math.exp(-2 * s * epsilon) * millsRatio(s + epsilon);
        }
    }
}
