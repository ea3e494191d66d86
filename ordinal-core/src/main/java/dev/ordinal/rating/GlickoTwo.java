package dev.ordinal.rating;

import dev.ordinal.error.Require;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;

/**
 * Glicko-2 (M. E. Glickman, "Example of the Glicko-2 system", Boston University, 2012, revised
 * 2022; the model is from M. E. Glickman, "Dynamic paired comparison models with stochastic
 * variances", Journal of Applied Statistics 28:673–689, 2001). Steps 1–8 of the example are
 * followed as printed: ratings move to the Glicko-2 scale (μ = (r − 1500)/173.7178,
 * φ = RD/173.7178), each player's estimated variance v and improvement Δ are summed over the
 * games of a rating period, the new volatility σ′ is found by the Illinois algorithm (regula falsi)
 * to a tolerance of 10⁻⁶, then φ* = √(φ² + σ′²), φ′ = 1/√(1/φ*² + 1/v), μ′ = μ + φ′²·Σg(φⱼ)(s − E).
 * A player who did not compete in a period keeps μ and σ and takes φ′ = √(φ² + σ²).
 *
 * <p>Rating periods:
 * <ul>
 *   <li>{@link #updatePeriod(List)} applies a whole rating period as Glickman specifies: every game
 *       is evaluated with the ratings at the start of the period, and every known player who did not
 *       compete has their RD raised by the pre-period step. An empty list is a period in which nobody
 *       played.</li>
 *   <li>{@link #update(Match)} treats the one game as a rating period of its own <em>for its
 *       participants only</em>: other players are left untouched (otherwise every game anywhere
 *       would inflate everyone's RD). Playing game by game therefore differs from one period of
 *       the same games.</li>
 * </ul>
 *
 * <p>Extensions beyond Glickman's one-on-one games, which are approximations:
 * <ul>
 *   <li><b>Teams.</b> Each player, with their own μ and φ, is scored against a composite opponent for
 *       each other team: the composite's μ is the mean of that team's μ and its φ is the root mean
 *       square of that team's φ. A team of one is then exactly Glickman's opponent.</li>
 *   <li><b>More than two teams.</b> Each other team counts as one game of the period, won, drawn
 *       (½) or lost by rank.</li>
 *   <li><b>Partial play.</b> A player's weight w from {@link Match#weights()} scales that game's
 *       contributions to 1/v and to Σg(s − E), as if w of a game were played; composites stay
 *       unweighted. A player whose weights in a period are all 0 counts as not having competed.</li>
 * </ul>
 *
 * <p>Note that Glicko-2 does not promise that playing lowers RD: the volatility step
 * φ* = √(φ² + σ′²) happens in every period, so a player with a small RD facing uninformative
 * opponents (large v) can end a period with a larger RD than they started with; the RD after playing
 * is always below φ*.
 *
 * <p>Cost of a period: O(Σ players × teams per game) plus the volatility iteration per player. Not
 * thread-safe.
 */
public final class GlickoTwo implements RatingSystem {
    /** Glickman's factor between the Glicko and Glicko-2 scales, 400/ln 10. */
    static final double SCALE = 173.7178;
    /** The centre of the Glicko scale, which is 0 on the Glicko-2 scale. */
    static final double CENTRE = 1500;
    /** Glickman's convergence tolerance ε for the volatility iteration. */
    static final double TOLERANCE = 1e-6;
    private static final int MAX_ITERATIONS = 10_000;

    private final double tau;
    private final double initialRating;
    private final double initialDeviation;
    private final double initialVolatility;

    private final Roster roster = new Roster(this::admit);
    // On the Glicko-2 scale.
    private double[] mu = new double[roster.capacity()];
    private double[] phi = new double[roster.capacity()];
    private double[] sigma = new double[roster.capacity()];

    /**
     * @param tau               the system constant τ, which limits how fast volatility changes,
     *                          positive (Glickman suggests 0.3 to 1.2)
     * @param initialRating     the rating of a player never seen, on the Glicko scale, finite
     * @param initialDeviation  their RD, positive
     * @param initialVolatility their volatility σ, positive
     */
    public GlickoTwo(double tau, double initialRating, double initialDeviation, double initialVolatility) {
        Require.positive("tau", tau);
        Require.finite("initial-rating", initialRating);
        Require.positive("initial-deviation", initialDeviation);
        Require.positive("initial-volatility", initialVolatility);
        this.tau = tau;
        this.initialRating = initialRating;
        this.initialDeviation = initialDeviation;
        this.initialVolatility = initialVolatility;
    }

    /** Glickman's defaults: τ 0.5, rating 1500, RD 350, volatility 0.06. */
    public static GlickoTwo defaults() {
        return withTau(0.5);
    }

    /** Glickman's defaults (rating 1500, RD 350, volatility 0.06) with the system constant {@code tau}. */
    public static GlickoTwo withTau(double tau) {
        return new GlickoTwo(tau, 1500, 350, 0.06);
    }

    public double tau() {
        return tau;
    }

    @Override
    public String name() {
        return "glicko2";
    }

    /**
     * Sets a player's state on the Glicko scale, e.g. to restore ratings saved earlier; the player's
     * game count is kept (0 for a new player, who is added to {@link #players()}).
     */
    public void setRating(String player, double rating, double deviation, double volatility) {
        Objects.requireNonNull(player, "player");
        Require.finite("rating", rating);
        Require.positive("deviation", deviation);
        Require.positive("volatility", volatility);
        int i = roster.register(player);
        mu[i] = (rating - CENTRE) / SCALE;
        phi[i] = deviation / SCALE;
        sigma[i] = volatility;
    }

    /** One game as a rating period of its own for its players; nobody else changes. */
    @Override
    public void update(Match match) {
        Objects.requireNonNull(match, "match");
        applyPeriod(List.of(match), false);
    }

    /**
     * One rating period: all {@code games} are rated from the ratings at the start of the period,
     * and every known player who played none of them has their RD raised to √(φ² + σ²). The period
     * is applied whole or, if it fails, not at all.
     */
    @Override
    public void updatePeriod(List<Match> games) {
        Objects.requireNonNull(games, "games");
        for (Match match : games) {
            Objects.requireNonNull(match, "a game of the period is null");
        }
        applyPeriod(games, true);
    }

    @Override
    public Rating rating(String player) {
        Objects.requireNonNull(player, "player");
        int i = roster.find(player);
        double rating = i < 0 ? initialRating : CENTRE + SCALE * mu[i];
        double deviation = i < 0 ? initialDeviation : SCALE * phi[i];
        double volatility = i < 0 ? initialVolatility : sigma[i];
        return new Rating(rating, deviation, OptionalDouble.of(volatility), rating - 2 * deviation);
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
     * {@code [E, 0, 1 − E]} with E = 1/(1 + exp(−g(√(φ₁² + φ₂²))·(μ₁ − μ₂))), the expected score
     * between two uncertain players on the Glicko-2 scale (Glickman, "Parameter estimation in large
     * dynamic paired comparison experiments", Applied Statistics 48:377–394, 1999, which
     * uses √(RD₁² + RD₂²)); each team is its composite (mean μ, root mean square φ). Glicko-2 has no
     * draw model.
     */
    @Override
    public double[] predict(List<String> team0, List<String> team1) {
        Roster.checkTeams(List.of(team0, team1));
        double e = teamExpectedScore(team0, team1);
        return new double[] {e, 0, 1 - e};
    }

    /**
     * 1 − |2E − 1| with E as in {@link #predict}: 1 for an even game, 0 for a certain one. With more
     * than two teams, the mean of this over every pair of teams.
     */
    @Override
    public double matchQuality(List<List<String>> teams) {
        Roster.checkTeams(teams);
        double sum = 0;
        int pairs = 0;
        for (int t = 0; t < teams.size(); t++) {
            for (int u = t + 1; u < teams.size(); u++) {
                sum += 1 - Math.abs(2 * teamExpectedScore(teams.get(t), teams.get(u)) - 1);
                pairs++;
            }
        }
        return sum / pairs;
    }

    /** Glickman's g(φ) = 1/√(1 + 3φ²/π²). */
    static double g(double phi) {
        return 1 / Math.sqrt(1 + 3 * phi * phi / (Math.PI * Math.PI));
    }

    /** Glickman's E(μ, μⱼ, φⱼ) = 1/(1 + exp(−g(φⱼ)(μ − μⱼ))), written with the difference μ − μⱼ. */
    static double expectedScore(double muDifference, double opponentPhi) {
        return 1 / (1 + Math.exp(-g(opponentPhi) * muDifference));
    }

    /**
     * Step 5 of Glickman's example: the new volatility σ′ = exp(A/2), A the root of
     * f(x) = eˣ(Δ² − φ² − v − eˣ) / (2(φ² + v + eˣ)²) − (x − ln σ²)/τ², bracketed as printed and
     * found by the Illinois algorithm to |B − A| ≤ ε.
     */
    static double newVolatility(double phi, double sigma, double v, double delta, double tau) {
        double a = Math.log(sigma * sigma);
        double phi2 = phi * phi;
        double delta2 = delta * delta;
        DoubleUnaryOperator f = x -> {
            double ex = Math.exp(x);
            double d = phi2 + v + ex;
            return ex * (delta2 - phi2 - v - ex) / (2 * d * d) - (x - a) / (tau * tau);
        };
        double lower = a;
        double upper;
        if (delta2 > phi2 + v) {
            upper = Math.log(delta2 - phi2 - v);
        } else {
            int k = 1;
            while (f.applyAsDouble(a - k * tau) < 0) {
                k++;
                if (k > MAX_ITERATIONS) {
                    throw new IllegalStateException("could not bracket the new volatility (sigma " + sigma
                            + ", phi " + phi + ", v " + v + ", delta " + delta + ")");
                }
            }
            upper = a - k * tau;
        }
        double fLower = f.applyAsDouble(lower);
        double fUpper = f.applyAsDouble(upper);
        int iterations = 0;
        while (Math.abs(upper - lower) > TOLERANCE) {
            if (++iterations > MAX_ITERATIONS) {
                throw new IllegalStateException("the volatility iteration did not converge (sigma " + sigma
                        + ", phi " + phi + ", v " + v + ", delta " + delta + ")");
            }
            double c = lower + (lower - upper) * fLower / (fUpper - fLower);
            double fC = f.applyAsDouble(c);
            // The 2022 revision of the example tests f(C)·f(B) ≤ 0 (earlier printings: < 0).
            if (fC * fUpper <= 0) {
                lower = upper;
                fLower = fUpper;
            } else {
                fLower /= 2;
            }
            upper = c;
            fUpper = fC;
        }
        return Math.exp(lower / 2);
    }

    private void applyPeriod(List<Match> period, boolean raiseAbsentDeviations) {
        int known = roster.size();
        // Players new in this period, in order of first appearance, get the prior; nothing is
        // registered until the whole period has been computed.
        List<String> newcomers = new ArrayList<>();
        Map<String, Integer> slot = new HashMap<>();
        for (Match match : period) {
            for (List<String> team : match.teams()) {
                for (String player : team) {
                    if (roster.find(player) < 0 && !slot.containsKey(player)) {
                        slot.put(player, known + newcomers.size());
                        newcomers.add(player);
                    }
                }
            }
        }
        int total = known + newcomers.size();
        double[] mu0 = Arrays.copyOf(mu, total);
        double[] phi0 = Arrays.copyOf(phi, total);
        double[] sigma0 = Arrays.copyOf(sigma, total);
        for (int i = known; i < total; i++) {
            mu0[i] = (initialRating - CENTRE) / SCALE;
            phi0[i] = initialDeviation / SCALE;
            sigma0[i] = initialVolatility;
        }

        double[] inverseV = new double[total];
        double[] improvement = new double[total];
        int[] played = new int[total];
        for (Match match : period) {
            List<List<String>> teams = match.teams();
            int teamCount = teams.size();
            int[][] ids = new int[teamCount][];
            double[] compositeMu = new double[teamCount];
            double[] compositePhi = new double[teamCount];
            for (int t = 0; t < teamCount; t++) {
                List<String> team = teams.get(t);
                ids[t] = new int[team.size()];
                double sumMu = 0;
                double sumPhi2 = 0;
                for (int p = 0; p < team.size(); p++) {
                    int rostered = roster.find(team.get(p));
                    int i = rostered >= 0 ? rostered : slot.get(team.get(p));
                    ids[t][p] = i;
                    sumMu += mu0[i];
                    sumPhi2 += phi0[i] * phi0[i];
                }
                compositeMu[t] = sumMu / team.size();
                compositePhi[t] = Math.sqrt(sumPhi2 / team.size());
            }
            for (int t = 0; t < teamCount; t++) {
                for (int p = 0; p < ids[t].length; p++) {
                    int i = ids[t][p];
                    double weight = match.weight(t, p);
                    played[i]++;
                    for (int u = 0; u < teamCount; u++) {
                        if (u == t) {
                            continue;
                        }
                        double gj = g(compositePhi[u]);
                        double e = expectedScore(mu0[i] - compositeMu[u], compositePhi[u]);
                        double s = score(match.ranks().get(t), match.ranks().get(u));
                        inverseV[i] += weight * gj * gj * e * (1 - e);
                        improvement[i] += weight * gj * (s - e);
                    }
                }
            }
        }

        double[] mu1 = mu0.clone();
        double[] phi1 = phi0.clone();
        double[] sigma1 = sigma0.clone();
        for (int i = 0; i < total; i++) {
            if (inverseV[i] > 0) {
                double v = 1 / inverseV[i];
                double delta = v * improvement[i];
                double newSigma = newVolatility(phi0[i], sigma0[i], v, delta, tau);
                double phiStar = Math.sqrt(phi0[i] * phi0[i] + newSigma * newSigma);
                double newPhi = 1 / Math.sqrt(1 / (phiStar * phiStar) + inverseV[i]);
                sigma1[i] = newSigma;
                phi1[i] = newPhi;
                mu1[i] = mu0[i] + newPhi * newPhi * improvement[i];
            } else if (raiseAbsentDeviations) {
                phi1[i] = Math.sqrt(phi0[i] * phi0[i] + sigma0[i] * sigma0[i]);
            }
        }

        for (String player : newcomers) {
            roster.register(player);
        }
        System.arraycopy(mu1, 0, mu, 0, total);
        System.arraycopy(phi1, 0, phi, 0, total);
        System.arraycopy(sigma1, 0, sigma, 0, total);
        for (int i = 0; i < total; i++) {
            roster.addGames(i, played[i]);
        }
    }

    private double teamExpectedScore(List<String> team0, List<String> team1) {
        double[] a = composite(team0);
        double[] b = composite(team1);
        return expectedScore(a[0] - b[0], Math.sqrt(a[1] * a[1] + b[1] * b[1]));
    }

    /** {mean μ, root mean square φ} of a team, on the Glicko-2 scale. */
    private double[] composite(List<String> team) {
        double sumMu = 0;
        double sumPhi2 = 0;
        for (String player : team) {
            int i = roster.find(player);
            double m = i < 0 ? (initialRating - CENTRE) / SCALE : mu[i];
            double p = i < 0 ? initialDeviation / SCALE : phi[i];
            sumMu += m;
            sumPhi2 += p * p;
        }
        return new double[] {sumMu / team.size(), Math.sqrt(sumPhi2 / team.size())};
    }

    private static double score(int rank, int opponentRank) {
        return rank < opponentRank ? 1 : rank == opponentRank ? 0.5 : 0;
    }

    /** A new player starts at the initial rating, RD and volatility. */
    private void admit(int player, int capacity) {
        mu = Roster.grown(mu, capacity);
        phi = Roster.grown(phi, capacity);
        sigma = Roster.grown(sigma, capacity);
        mu[player] = (initialRating - CENTRE) / SCALE;
        phi[player] = initialDeviation / SCALE;
        sigma[player] = initialVolatility;
    }
}
