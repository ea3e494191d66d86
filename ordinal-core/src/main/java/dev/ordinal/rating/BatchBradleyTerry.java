package dev.ordinal.rating;

import dev.ordinal.error.DataException;
import dev.ordinal.error.Require;
import dev.ordinal.fit.BradleyTerry;
import dev.ordinal.fit.Fit;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.MaximumLikelihood;
import dev.ordinal.fit.TieModel;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The batch Bradley–Terry fit as a baseline for online systems: it predicts each game from a MAP
 * fit (ties as half a win, N(0, σ²) prior so that early, sparse data still has an answer) on all
 * games before it, refitted whenever the games since the last fit reach a tenth of all games so
 * far (at least {@value #MIN_REFIT} games), so refits cost O(log games) fits in all, each
 * warm-started from the previous one. Its updates per second are those of a batch method.
 *
 * <p>A game between teams is read as judgments between every player of one team and every
 * player of the other, each weighted 1/(|A|·|B|), and a team's strength is the mean of its
 * players' log-strengths: an approximation, stated so, for team games.
 */
public final class BatchBradleyTerry implements RatingSystem {
    private static final int MIN_REFIT = 100;
    private static final double ELO_POINTS = 400 / Math.log(10);

    private final double priorSigma;
    private final ComparisonTable.Builder table = ComparisonTable.builder();
    private final Map<String, Integer> games = new HashMap<>();
    private final List<String> players = new ArrayList<>();
    private Map<String, Double> strengths = Map.of();
    private int gamesSeen;
    private int gamesAtLastFit;

    /** @param priorSigma standard deviation of the prior on log-strengths, e.g. 2 */
    public BatchBradleyTerry(double priorSigma) {
        Require.positive("prior", priorSigma);
        this.priorSigma = priorSigma;
    }

    @Override
    public String name() {
        return "bt-batch";
    }

    @Override
    public void update(Match match) {
        List<List<String>> teams = match.teams();
        for (List<String> team : teams) {
            for (String player : team) {
                if (games.merge(player, 1, Integer::sum) == 1) {
                    players.add(player);
                    table.item(player);
                }
            }
        }
        for (int s = 0; s < teams.size(); s++) {
            for (int t = s + 1; t < teams.size(); t++) {
                int rankS = match.ranks().get(s);
                int rankT = match.ranks().get(t);
                Outcome outcome = rankS < rankT ? Outcome.A : rankS > rankT ? Outcome.B : Outcome.TIE;
                double weight = 1.0 / (teams.get(s).size() * teams.get(t).size());
                for (String a : teams.get(s)) {
                    for (String b : teams.get(t)) {
                        table.add(a, b, outcome, weight);
                    }
                }
            }
        }
        gamesSeen++;
        if (gamesSeen - gamesAtLastFit >= Math.max(MIN_REFIT, gamesSeen / 10)) {
            refit();
        }
    }

    private void refit() {
        ComparisonTable snapshot = table.build();
        // Warm start from the last fit (new players at 0): the prior guarantees a finite answer,
        // and the few Newton steps left keep the O(p³) refits affordable.
        double[] start = new double[snapshot.itemCount()];
        for (int i = 0; i < start.length; i++) {
            start[i] = strength(snapshot.items().id(i));
        }
        Fit fit = MaximumLikelihood.fitFrom(new BradleyTerry(TieModel.HALF).likelihood(snapshot),
                FitOptions.defaults().withPrior(priorSigma), start);
        double[] fitted = fit.strengths();
        Map<String, Double> next = new HashMap<>();
        for (int i = 0; i < fitted.length; i++) {
            next.put(snapshot.items().id(i), fitted[i]);
        }
        strengths = next;
        gamesAtLastFit = gamesSeen;
    }

    private double strength(String player) {
        return strengths.getOrDefault(player, 0.0);
    }

    @Override
    public Rating rating(String player) {
        double rating = 1000 + ELO_POINTS * strength(player);
        return new Rating(rating, 0, OptionalDouble.empty(), rating);
    }

    @Override
    public List<String> players() {
        return List.copyOf(players);
    }

    @Override
    public int games(String player) {
        return games.getOrDefault(player, 0);
    }

    @Override
    public double[] predict(List<String> team0, List<String> team1) {
        double difference = team0.stream().mapToDouble(this::strength).average().orElse(0)
                - team1.stream().mapToDouble(this::strength).average().orElse(0);
        double win = 1 / (1 + Math.exp(-difference));
        return new double[] {win, 0, 1 - win};
    }

    @Override
    public double matchQuality(List<List<String>> teams) {
        if (teams.size() != 2) {
            throw new DataException("bt-batch rates the quality of two-team games only, got " + teams.size() + " teams");
        }
        double win = predict(teams.get(0), teams.get(1))[0];
        return 1 - Math.abs(2 * win - 1);
    }
}
