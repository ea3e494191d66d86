package dev.ordinal.select;

import dev.ordinal.rating.Elo;
import dev.ordinal.rating.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The "random pairs with online Elo" baseline's estimator: {@link Elo} updated after every vote
 * (a K-wise vote is one free-for-all game), ratings read as log-strengths by Elo's own scale,
 * r · ln 10 / 400. Elo carries no uncertainty and no inverse-propensity variant.
 */
final class OnlineElo implements RatingEstimator {
    private final Elo elo;
    private final String[] players;

    OnlineElo(int items, double k) {
        this.elo = new Elo(k, 10, 400, 1000);
        this.players = new String[items];
        for (int i = 0; i < items; i++) {
            players[i] = Integer.toString(i);
            elo.setRating(players[i], 1000);
        }
    }

    @Override
    public void record(int[][] groups, double propensity) {
        List<List<String>> teams = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        for (int g = 0; g < groups.length; g++) {
            for (int item : groups[g]) {
                teams.add(List.of(players[item]));
                ranks.add(g + 1);
            }
        }
        elo.update(new Match("vote", Optional.empty(), teams, ranks, Optional.empty()));
    }

    @Override
    public Estimate refresh() {
        double[] strengths = new double[players.length];
        double mean = 0;
        for (int i = 0; i < players.length; i++) {
            strengths[i] = elo.rating(players[i]).mean() * Math.log(10) / 400;
            mean += strengths[i] / players.length;
        }
        for (int i = 0; i < players.length; i++) {
            strengths[i] -= mean;
        }
        return new Estimate(strengths, Optional.empty());
    }

    @Override
    public Optional<double[]> weightedStrengths() {
        return Optional.empty();
    }

    @Override
    public String name() {
        return "elo";
    }
}
