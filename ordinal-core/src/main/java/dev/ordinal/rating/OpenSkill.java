package dev.ordinal.rating;

import dev.ordinal.error.DataException;
import dev.ordinal.error.Require;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * OpenSkill: the Bayesian approximation of R. C. Weng and C.-J. Lin, "A Bayesian Approximation
 * Method for Online Ranking", JMLR 12:267–300, 2011, as packaged by the OpenSkill libraries
 * (openskill.py version 5, openskill.js). Each player's skill is a normal N(μ, σ²); a team's skill
 * is the sum of its players' (μ<sub>team</sub> = Σμ, σ²<sub>team</sub> = Σσ²). One game gives every
 * team i a mean step Ω<sub>i</sub> and a variance factor Δ<sub>i</sub> from one of five models:
 * <ul>
 *   <li>{@link Model#BRADLEY_TERRY_FULL}: Algorithm 1, every pair of teams, logistic;</li>
 *   <li>{@link Model#THURSTONE_MOSTELLER_FULL}: Algorithm 2, every pair of teams, probit, with the
 *       draw margin ε = κ (on the c<sub>iq</sub> scale, t = κ / c<sub>iq</sub>) as the libraries do;</li>
 *   <li>{@link Model#BRADLEY_TERRY_PART}: Algorithm 3, only teams adjacent in the finishing order;</li>
 *   <li>{@link Model#THURSTONE_MOSTELLER_PART}: the probit analogue of Algorithm 3 (Section 3.2.2), with
 *       c<sub>iq</sub> = 2·√(σ²<sub>i</sub> + σ²<sub>q</sub> + 2β²) as in the OpenSkill libraries;</li>
 *   <li>{@link Model#PLACKETT_LUCE}: Algorithm 4, the full ranking at once.</li>
 * </ul>
 * The damping factor is the libraries' default γ = σ<sub>team</sub> / c (c the model's scale), and
 * a player's share of the team's update is σ²<sub>player</sub> / σ²<sub>team</sub> (Weng–Lin,
 * Section 3.3): μ ← μ + (σ²/σ²<sub>team</sub>)·Ω and σ ← σ·√max(1 − (σ²/σ²<sub>team</sub>)·Δ, κ).
 *
 * <p>Ties: equal ranks are handled as the libraries do — a draw term (s = ½ for Bradley–Terry, the
 * Ṽ, W̃ functions for Thurstone–Mosteller, and the tie counts A<sub>q</sub> of Algorithm 4 for
 * Plackett–Luce). The partial-pair models sort teams by rank (stably, so tied teams keep their order
 * in the match) and pair each with its neighbours in that order.
 *
 * <p>Additive dynamics: before every update each player's σ becomes √(σ² + τ²), as the libraries do
 * by default since openskill.py 3.0 (default τ = 25/300; pass τ = 0 for the plain Weng–Lin update).
 * The libraries' {@code limit_sigma} option (off by default) is not offered.
 *
 * <p>Partial play: the version-5 update has none; a match whose weights are not all 1 is rejected.
 *
 * <p>Cost of one game with k teams and n players: O(n + k²) (O(n + k log k) for the partial-pair
 * models). Not thread-safe.
 */
public final class OpenSkill implements RatingSystem {

    /** The five update rules of Weng and Lin, each with the name users type. */
    public enum Model {
        PLACKETT_LUCE("openskill-pl"),
        BRADLEY_TERRY_FULL("openskill-bt-full"),
        BRADLEY_TERRY_PART("openskill-bt-part"),
        THURSTONE_MOSTELLER_FULL("openskill-tm-full"),
        THURSTONE_MOSTELLER_PART("openskill-tm-part");

        private final String systemName;

        Model(String systemName) {
            this.systemName = systemName;
        }

        /** The rating system's name for this model, e.g. {@code openskill-pl}. */
        public String systemName() {
            return systemName;
        }
    }

    /** The libraries' defaults (openskill.py 5): μ 25, σ 25/3, β 25/6, κ 10⁻⁴, τ 25/300. */
    public static final double DEFAULT_MU = 25.0;
    public static final double DEFAULT_SIGMA = 25.0 / 3.0;
    public static final double DEFAULT_BETA = 25.0 / 6.0;
    public static final double DEFAULT_KAPPA = 0.0001;
    public static final double DEFAULT_TAU = 25.0 / 300.0;

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
    private static final double MACHINE_EPSILON = Math.ulp(1.0);

    private final Model model;
    private final double initialMu;
    private final double initialSigma;
    private final double beta;
    private final double kappa;
    private final double tau;

    private final Roster roster = new Roster(this::admit);
    private double[] mus = new double[roster.capacity()];
    private double[] sigmas = new double[roster.capacity()];

    /** The model with the libraries' default parameters (τ applied, as the libraries do). */
    public OpenSkill(Model model) {
        this(model, DEFAULT_MU, DEFAULT_SIGMA, DEFAULT_BETA, DEFAULT_KAPPA, DEFAULT_TAU);
    }

    /**
     * @param model update rule
     * @param mu    prior mean of a player never seen, finite
     * @param sigma prior standard deviation of a player never seen, positive and finite
     * @param beta  performance noise per player, positive and finite
     * @param kappa lower bound on the variance factor (and the Thurstone–Mosteller draw margin), positive
     *              and finite
     * @param tau   additive dynamics added to σ before every game, non-negative and finite
     */
    public OpenSkill(Model model, double mu, double sigma, double beta, double kappa, double tau) {
        Objects.requireNonNull(model, "model");
        Require.finite("mu", mu);
        Require.positive("sigma", sigma);
        Require.positive("beta", beta);
        Require.positive("kappa", kappa);
        Require.nonNegative("tau", tau);
        this.model = model;
        this.initialMu = mu;
        this.initialSigma = sigma;
        this.beta = beta;
        this.kappa = kappa;
        this.tau = tau;
    }

    public Model model() {
        return model;
    }

    @Override
    public String name() {
        return model.systemName();
    }

    /**
     * Sets a player's rating directly (for imported ratings, or a player known to be strong), adding the
     * player if new; the game count is left alone.
     */
    public void setRating(String player, double mean, double deviation) {
        Objects.requireNonNull(player, "player");
        Require.finite("mean", mean);
        Require.positive("deviation", deviation);
        int i = roster.register(player);
        mus[i] = mean;
        sigmas[i] = deviation;
    }

    @Override
    public void update(Match match) {
        Objects.requireNonNull(match, "match");
        if (match.weights().isPresent()) {
            for (List<Double> team : match.weights().get()) {
                for (double w : team) {
                    if (w != 1.0) {
                        throw new DataException("game '" + match.id() + "': OpenSkill (Weng–Lin, "
                                + "openskill.py 5) has no partial play, got weight " + w + "; expected all 1");
                    }
                }
            }
        }
        int k = match.teams().size();
        int[][] members = roster.register(match.teams());
        int[] ranks = new int[k];
        for (int t = 0; t < k; t++) {
            ranks[t] = match.ranks().get(t);
        }

        // Additive dynamics first, as the libraries do: the game sees σ² + τ².
        double[][] playerVariance = new double[k][];
        double[] teamMu = new double[k];
        double[] teamVariance = new double[k];
        for (int t = 0; t < k; t++) {
            playerVariance[t] = new double[members[t].length];
            for (int j = 0; j < members[t].length; j++) {
                int p = members[t][j];
                double variance = sigmas[p] * sigmas[p] + tau * tau;
                playerVariance[t][j] = variance;
                teamMu[t] += mus[p];
                teamVariance[t] += variance;
            }
        }

        double[] omega = new double[k];
        double[] delta = new double[k];
        switch (model) {
            case PLACKETT_LUCE -> plackettLuce(teamMu, teamVariance, ranks, omega, delta);
            case BRADLEY_TERRY_FULL, THURSTONE_MOSTELLER_FULL -> {
                for (int i = 0; i < k; i++) {
                    for (int q = 0; q < k; q++) {
                        if (q != i) {
                            pairTerm(i, q, teamMu, teamVariance, ranks, omega, delta);
                        }
                    }
                }
            }
            case BRADLEY_TERRY_PART, THURSTONE_MOSTELLER_PART -> {
                int[] finishing = finishingOrder(ranks);
                for (int position = 0; position < k; position++) {
                    int i = finishing[position];
                    if (position > 0) {
                        pairTerm(i, finishing[position - 1], teamMu, teamVariance, ranks, omega, delta);
                    }
                    if (position < k - 1) {
                        pairTerm(i, finishing[position + 1], teamMu, teamVariance, ranks, omega, delta);
                    }
                }
            }
            default -> throw new IllegalStateException("unknown model " + model);
        }

        // Weng–Lin Section 3.3: each player takes the share σ²/σ²_team of the team's update.
        for (int t = 0; t < k; t++) {
            for (int j = 0; j < members[t].length; j++) {
                int p = members[t][j];
                double share = playerVariance[t][j] / teamVariance[t];
                mus[p] = mus[p] + share * omega[t];
                sigmas[p] = Math.sqrt(playerVariance[t][j]) * Math.sqrt(Math.max(1 - share * delta[t], kappa));
                roster.addGames(p, 1);
            }
        }
    }

    /** Algorithm 4 (Plackett–Luce), with A_q the number of teams tied at q's rank. */
    private void plackettLuce(double[] teamMu, double[] teamVariance, int[] ranks, double[] omega,
                              double[] delta) {
        int k = teamMu.length;
        double cSquared = 0;
        for (int t = 0; t < k; t++) {
            cSquared += teamVariance[t] + beta * beta;
        }
        double c = Math.sqrt(cSquared);
        // exp(μ/c) shifted by the largest exponent: every use is a ratio, so the shift cancels.
        double largest = Double.NEGATIVE_INFINITY;
        for (double m : teamMu) {
            largest = Math.max(largest, m / c);
        }
        double[] strength = new double[k];
        for (int t = 0; t < k; t++) {
            strength[t] = Math.exp(teamMu[t] / c - largest);
        }
        double[] sumAtOrBelow = new double[k];
        int[] tied = new int[k];
        for (int q = 0; q < k; q++) {
            for (int s = 0; s < k; s++) {
                if (ranks[s] >= ranks[q]) {
                    sumAtOrBelow[q] += strength[s];
                }
                if (ranks[s] == ranks[q]) {
                    tied[q]++;
                }
            }
        }
        for (int i = 0; i < k; i++) {
            double o = 0;
            double d = 0;
            for (int q = 0; q < k; q++) {
                if (ranks[q] <= ranks[i]) {
                    double p = strength[i] / sumAtOrBelow[q];
                    d += p * (1 - p) / tied[q];
                    o += (q == i ? 1 - p : -p) / tied[q];
                }
            }
            double gamma = Math.sqrt(teamVariance[i]) / c;
            omega[i] = o * teamVariance[i] / c;
            delta[i] = gamma * d * teamVariance[i] / cSquared;
        }
    }

    /** Adds the term of team i against team q (Algorithms 1–3) to Ω_i and Δ_i. */
    private void pairTerm(int i, int q, double[] teamMu, double[] teamVariance, int[] ranks, double[] omega,
                          double[] delta) {
        double ciq = Math.sqrt(teamVariance[i] + teamVariance[q] + 2 * beta * beta);
        if (model == Model.THURSTONE_MOSTELLER_PART) {
            ciq *= 2; // the OpenSkill libraries' scale for this model
        }
        double gamma = Math.sqrt(teamVariance[i]) / ciq;
        double varianceOverC = teamVariance[i] / ciq;
        if (model == Model.BRADLEY_TERRY_FULL || model == Model.BRADLEY_TERRY_PART) {
            double p = 1 / (1 + Math.exp((teamMu[q] - teamMu[i]) / ciq));
            double score = ranks[q] > ranks[i] ? 1 : ranks[q] == ranks[i] ? 0.5 : 0;
            omega[i] += varianceOverC * (score - p);
            delta[i] += gamma * varianceOverC / ciq * p * (1 - p);
        } else {
            double x = (teamMu[i] - teamMu[q]) / ciq;
            double t = kappa / ciq;
            if (ranks[q] > ranks[i]) {
                omega[i] += varianceOverC * v(x, t);
                delta[i] += gamma * varianceOverC / ciq * w(x, t);
            } else if (ranks[q] < ranks[i]) {
                omega[i] -= varianceOverC * v(-x, t);
                delta[i] += gamma * varianceOverC / ciq * w(-x, t);
            } else {
                omega[i] += varianceOverC * vTilde(x, t);
                delta[i] += gamma * varianceOverC / ciq * wTilde(x, t);
            }
        }
    }

    /** Team indices sorted by rank, ties in match order (the libraries' stable sort). */
    private static int[] finishingOrder(int[] ranks) {
        Integer[] sorted = new Integer[ranks.length];
        for (int t = 0; t < ranks.length; t++) {
            sorted[t] = t;
        }
        Arrays.sort(sorted, (a, b) -> Integer.compare(ranks[a], ranks[b]));
        int[] finishing = new int[ranks.length];
        for (int t = 0; t < ranks.length; t++) {
            finishing[t] = sorted[t];
        }
        return finishing;
    }

    // Weng–Lin eqs. (30)–(33): V, W for a win, Ṽ, W̃ for a draw, with the libraries' guards in the tails.

    private static double v(double x, double t) {
        double xt = x - t;
        double denominator = STANDARD_NORMAL.cumulativeProbability(xt);
        return denominator < MACHINE_EPSILON ? -xt : STANDARD_NORMAL.density(xt) / denominator;
    }

    private static double w(double x, double t) {
        double xt = x - t;
        double denominator = STANDARD_NORMAL.cumulativeProbability(xt);
        if (denominator < MACHINE_EPSILON) {
            return x < 0 ? 1 : 0;
        }
        double vx = v(x, t);
        return vx * (vx + xt);
    }

    private static double vTilde(double x, double t) {
        double absX = Math.abs(x);
        double b = STANDARD_NORMAL.cumulativeProbability(t - absX) - STANDARD_NORMAL.cumulativeProbability(-t - absX);
        if (b < 1e-5) {
            return x < 0 ? -x - t : -x + t;
        }
        double a = STANDARD_NORMAL.density(-t - absX) - STANDARD_NORMAL.density(t - absX);
        return (x < 0 ? -a : a) / b;
    }

    private static double wTilde(double x, double t) {
        double absX = Math.abs(x);
        double b = STANDARD_NORMAL.cumulativeProbability(t - absX) - STANDARD_NORMAL.cumulativeProbability(-t - absX);
        if (b < MACHINE_EPSILON) {
            return 1.0;
        }
        double vt = vTilde(x, t);
        return ((t - absX) * STANDARD_NORMAL.density(t - absX) + (t + absX) * STANDARD_NORMAL.density(-t - absX)) / b
                + vt * vt;
    }

    @Override
    public Rating rating(String player) {
        Objects.requireNonNull(player, "player");
        int i = roster.find(player);
        double mu = i < 0 ? initialMu : mus[i];
        double sigma = i < 0 ? initialSigma : sigmas[i];
        return new Rating(mu, sigma, OptionalDouble.empty(), mu - 3 * sigma);
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
     * {@code [P(team0 wins), P(draw), P(team1 wins)]}. The libraries' two-team win probability
     * p = Φ((μ₀ − μ₁) / √(nβ² + σ²₀ + σ²₁)), n the number of players, gives the split between the two
     * decisive outcomes; the draw probability is that of the libraries' draw model: the performance
     * difference ~ N(μ₀ − μ₁, 2β² + σ²₀ + σ²₁) falls within the margin m = √n·β·Φ⁻¹((1 + 1/n) / 2),
     * chosen so that two equal, certain teams draw with probability 1/n. (openskill.py's
     * {@code predict_draw} reports twice this for two teams, because it sums both orderings of the
     * pair; {@link #matchQuality} keeps that value.) Hence
     * {@code [p·(1 − D), D, (1 − p)·(1 − D)]}, summing to 1.
     */
    @Override
    public double[] predict(List<String> team0, List<String> team1) {
        List<List<String>> teams = List.of(team0, team1);
        Roster.checkTeams(teams);
        double[] mu = new double[2];
        double[] variance = new double[2];
        teamRatings(teams, mu, variance);
        int players = team0.size() + team1.size();
        double win = STANDARD_NORMAL.cumulativeProbability(
                (mu[0] - mu[1]) / Math.sqrt(players * beta * beta + variance[0] + variance[1]));
        double margin = drawMargin(players);
        double scale = Math.sqrt(2 * beta * beta + variance[0] + variance[1]);
        double difference = mu[0] - mu[1];
        double draw = STANDARD_NORMAL.cumulativeProbability((margin - difference) / scale)
                - STANDARD_NORMAL.cumulativeProbability((-margin - difference) / scale);
        draw = Math.min(1, Math.max(0, draw));
        return new double[] {win * (1 - draw), draw, (1 - win) * (1 - draw)};
    }

    /**
     * The libraries' {@code predict_draw} (openskill.py 5), which they offer as a match-quality measure:
     * with n players in all, k teams, margin m = √n·β·Φ⁻¹((1 + 1/n) / 2) and for each ordered pair
     * (a, b) of teams d = μ_a − μ_b, s = √(kβ² + σ²_a + σ²_b), the sum of Φ((m − d)/s) − Φ((d − m)/s)
     * over ordered pairs, divided by k(k − 1) when k > 2 and by 1 when k = 2. For two teams this is
     * twice the draw probability of {@link #predict}, which makes it 1 for two equal, certain
     * players; clipped to [0, 1].
     */
    @Override
    public double matchQuality(List<List<String>> teams) {
        Roster.checkTeams(teams);
        int k = teams.size();
        double[] mu = new double[k];
        double[] variance = new double[k];
        teamRatings(teams, mu, variance);
        int players = 0;
        for (List<String> team : teams) {
            players += team.size();
        }
        double margin = drawMargin(players);
        double sum = 0;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                if (a != b) {
                    double s = Math.sqrt(k * beta * beta + variance[a] + variance[b]);
                    double d = mu[a] - mu[b];
                    sum += STANDARD_NORMAL.cumulativeProbability((margin - d) / s)
                            - STANDARD_NORMAL.cumulativeProbability((d - margin) / s);
                }
            }
        }
        double quality = Math.abs(sum) / (k > 2 ? k * (k - 1) : 1);
        return Math.min(1, quality);
    }

    /** The libraries' draw margin for a game of {@code players} players: the 1/n draw rate of equals. */
    private double drawMargin(int players) {
        double drawRate = 1.0 / players;
        return Math.sqrt(players) * beta * STANDARD_NORMAL.inverseCumulativeProbability((1 + drawRate) / 2);
    }

    private void teamRatings(List<List<String>> teams, double[] mu, double[] variance) {
        for (int t = 0; t < teams.size(); t++) {
            for (String player : teams.get(t)) {
                Rating r = rating(player);
                mu[t] += r.mean();
                variance[t] += r.deviation() * r.deviation();
            }
        }
    }

    /** A new player starts at the prior μ and σ. */
    private void admit(int player, int capacity) {
        mus = Roster.grown(mus, capacity);
        sigmas = Roster.grown(sigmas, capacity);
        mus[player] = initialMu;
        sigmas[player] = initialSigma;
    }
}
