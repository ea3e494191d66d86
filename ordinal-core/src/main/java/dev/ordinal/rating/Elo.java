package dev.ordinal.rating;

import dev.ordinal.error.Require;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The Elo rating system (A. E. Elo, <i>The Rating of Chessplayers, Past and Present</i>, Arco,
 * New York, 1978): after a game, R' = R + K·(S − E) with the expected score
 * E = 1 / (1 + base<sup>(R<sub>b</sub> − R<sub>a</sub>) / scale</sup>) and S = 1 for a win, ½ for a
 * draw, 0 for a loss.
 *
 * <p>Extensions beyond the two-player system, all applied from the ratings before the game:
 * <ul>
 *   <li><b>Teams.</b> A team's rating is the plain (unweighted) mean of its players' ratings; the
 *       team's change K·(S − E) is added to every one of its players, so a team's mean moves exactly
 *       as a single player's would.</li>
 *   <li><b>More than two teams</b> (free-for-all). Every pair of teams is scored as a two-team game
 *       by their ranks (better rank wins, equal ranks draw) and a team's change is
 *       (K / (n − 1))·Σ<sub>opponents</sub>(S − E): K is split evenly over the n − 1 opponents, so the
 *       largest possible change in one game is K however many teams play.</li>
 *   <li><b>Partial play.</b> A player's change is multiplied by their weight in
 *       {@link Match#weights()}; team means stay unweighted.</li>
 * </ul>
 *
 * <p>Elo has no draw model: {@link #predict} gives P(draw) = 0 and reads E as the probability of a
 * win. Elo carries no uncertainty: {@link Rating#deviation()} is 0 and the conservative value is
 * the rating itself.
 *
 * <p>Cost of one game: O(players + teams²). Not thread-safe.
 */
public final class Elo implements RatingSystem {
    private final double k;
    private final double base;
    private final double scale;
    private final double initialRating;

    private final Roster roster = new Roster(this::admit);
    private double[] ratings = new double[roster.capacity()];

    /**
     * @param k             the largest change one game can make, positive
     * @param base          the base of the logistic curve, greater than 1 (10 in chess)
     * @param scale         rating points per factor of {@code base} in the odds, positive (400 in chess)
     * @param initialRating the rating of a player never seen, finite
     */
    public Elo(double k, double base, double scale, double initialRating) {
        Require.positive("k", k);
        Require.between("base", base, 1, Double.POSITIVE_INFINITY);
        Require.positive("scale", scale);
        Require.finite("initial-rating", initialRating);
        this.k = k;
        this.base = base;
        this.scale = scale;
        this.initialRating = initialRating;
    }

    /**
     * The online Elo of the LMSYS Chatbot Arena (K 4, base 10, scale 400, initial rating 1000;
     * W.-L. Chiang et al., "Chatbot Arena", ICML 2024, and the arena's {@code compute_online_elo}).
     */
    public static Elo arena() {
        return new Elo(4, 10, 400, 1000);
    }

    /** The common chess club setting: K 32, base 10, scale 400, initial rating 1500. */
    public static Elo chess() {
        return new Elo(32, 10, 400, 1500);
    }

    public double k() {
        return k;
    }

    public double base() {
        return base;
    }

    public double scale() {
        return scale;
    }

    public double initialRating() {
        return initialRating;
    }

    @Override
    public String name() {
        return "elo";
    }

    /**
     * Sets a player's rating, e.g. to restore ratings saved earlier; the player's game count is kept
     * (0 for a new player, who is added to {@link #players()}).
     */
    public void setRating(String player, double rating) {
        Objects.requireNonNull(player, "player");
        Require.finite("rating", rating);
        // registered first: a new player may lengthen (replace) the ratings array
        int i = roster.register(player);
        ratings[i] = rating;
    }

    @Override
    public void update(Match match) {
        Objects.requireNonNull(match, "match");
        List<List<String>> teams = match.teams();
        int teamCount = teams.size();
        double[] teamRating = new double[teamCount];
        for (int t = 0; t < teamCount; t++) {
            teamRating[t] = meanRating(teams.get(t));
        }
        double[] teamChange = new double[teamCount];
        double kPerOpponent = k / (teamCount - 1);
        for (int t = 0; t < teamCount; t++) {
            double surprise = 0;
            for (int u = 0; u < teamCount; u++) {
                if (u != t) {
                    surprise += score(match.ranks().get(t), match.ranks().get(u))
                            - expectedScore(teamRating[t] - teamRating[u]);
                }
            }
            teamChange[t] = kPerOpponent * surprise;
        }
        int[][] members = roster.register(teams);
        for (int t = 0; t < teamCount; t++) {
            for (int p = 0; p < members[t].length; p++) {
                int i = members[t][p];
                ratings[i] += match.weight(t, p) * teamChange[t];
                roster.addGames(i, 1);
            }
        }
    }

    @Override
    public Rating rating(String player) {
        Objects.requireNonNull(player, "player");
        double r = currentRating(player);
        return new Rating(r, 0, OptionalDouble.empty(), r);
    }

    @Override
    public List<String> players() {
        return roster.players();
    }

    @Override
    public int games(String player) {
        return roster.games(player);
    }

    /** {@code [E, 0, 1 − E]} with E the expected score of team 0: Elo has no draw model. */
    @Override
    public double[] predict(List<String> team0, List<String> team1) {
        Roster.checkTeams(List.of(team0, team1));
        double e = expectedScore(meanRating(team0) - meanRating(team1));
        return new double[] {e, 0, 1 - e};
    }

    /**
     * 1 − |2E − 1|: 1 for an even game, 0 for a certain one. With more than two teams, the mean of
     * this over every pair of teams.
     */
    @Override
    public double matchQuality(List<List<String>> teams) {
        Roster.checkTeams(teams);
        double[] teamRating = teams.stream().mapToDouble(this::meanRating).toArray();
        double sum = 0;
        int pairs = 0;
        for (int t = 0; t < teamRating.length; t++) {
            for (int u = t + 1; u < teamRating.length; u++) {
                sum += 1 - Math.abs(2 * expectedScore(teamRating[t] - teamRating[u]) - 1);
                pairs++;
            }
        }
        return sum / pairs;
    }

    /** E for a side rated {@code ratingDifference} points above its opponent. */
    double expectedScore(double ratingDifference) {
        return 1 / (1 + Math.pow(base, -ratingDifference / scale));
    }

    private static double score(int rank, int opponentRank) {
        return rank < opponentRank ? 1 : rank == opponentRank ? 0.5 : 0;
    }

    private double meanRating(List<String> team) {
        double sum = 0;
        for (String player : team) {
            sum += currentRating(player);
        }
        return sum / team.size();
    }

    private double currentRating(String player) {
        int i = roster.find(player);
        return i < 0 ? initialRating : ratings[i];
    }

    /** A new player starts at the initial rating. */
    private void admit(int player, int capacity) {
        ratings = Roster.grown(ratings, capacity);
        ratings[player] = initialRating;
    }
}
