package dev.ordinal.rating;

import java.util.ArrayList;
import java.util.List;

/**
 * Replays games in order and scores each system's prediction of every two-team game before the
 * system sees it: accuracy on decisive games, log-loss and Brier score of the expected score
 * p = P(win) + ½P(draw) against the result y ∈ {1, ½, 0} (so that systems without a draw model
 * are scored on the same footing), and a calibration table by deciles of p. Games of more than
 * two teams update the systems but are not scored.
 */
public final class Evaluation {
    private static final double CLAMP = 1e-15;

    private Evaluation() {
    }

    /**
     * The scores of one system.
     *
     * @param system           the system's name
     * @param games            games replayed
     * @param scored           two-team games scored
     * @param decisive         scored games with a winner
     * @param accuracy         share of decisive games whose winner had p &gt; ½ (p = ½ counts half)
     * @param logLoss          mean −[y log p + (1 − y) log(1 − p)]
     * @param brier            mean (p − y)²
     * @param calibration      ten bins of p: [0, 0.1), …, [0.9, 1]
     * @param updatesPerSecond games applied per second of update time (predictions excluded)
     */
    public record Result(String system, int games, int scored, int decisive, double accuracy, double logLoss,
                         double brier, List<Bin> calibration, double updatesPerSecond) {
        public Result {
            calibration = List.copyOf(calibration);
        }
    }

    /**
     * @param lower        bin's lower edge of predicted p
     * @param upper        bin's upper edge
     * @param count        games in the bin
     * @param meanPredicted mean p in the bin
     * @param meanObserved  mean y in the bin
     */
    public record Bin(double lower, double upper, int count, double meanPredicted, double meanObserved) {
    }

    /** Replays {@code matches} through {@code system}, which must start empty. */
    public static Result run(RatingSystem system, List<Match> matches) {
        int bins = 10;
        int[] binCount = new int[bins];
        double[] binPredicted = new double[bins];
        double[] binObserved = new double[bins];
        int scored = 0;
        int decisive = 0;
        double correct = 0;
        double logLoss = 0;
        double brier = 0;
        long updateNanos = 0;
        for (Match match : matches) {
            if (match.teams().size() == 2) {
                double[] predicted = system.predict(match.teams().get(0), match.teams().get(1));
                double p = predicted[0] + predicted[1] / 2;
                int rank0 = match.ranks().get(0);
                int rank1 = match.ranks().get(1);
                double y = rank0 < rank1 ? 1 : rank0 > rank1 ? 0 : 0.5;
                double clamped = Math.min(Math.max(p, CLAMP), 1 - CLAMP);
                logLoss -= y * Math.log(clamped) + (1 - y) * Math.log(1 - clamped);
                brier += (p - y) * (p - y);
                if (y != 0.5) {
                    decisive++;
                    correct += p == 0.5 ? 0.5 : (p > 0.5) == (y == 1) ? 1 : 0;
                }
                int bin = Math.min(bins - 1, (int) Math.floor(p * bins));
                binCount[bin]++;
                binPredicted[bin] += p;
                binObserved[bin] += y;
                scored++;
            }
            long start = System.nanoTime();
            system.update(match);
            updateNanos += System.nanoTime() - start;
        }
        List<Bin> calibration = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            calibration.add(new Bin(b / (double) bins, (b + 1) / (double) bins, binCount[b],
                    binCount[b] == 0 ? Double.NaN : binPredicted[b] / binCount[b],
                    binCount[b] == 0 ? Double.NaN : binObserved[b] / binCount[b]));
        }
        return new Result(system.name(), matches.size(), scored, decisive,
                decisive == 0 ? Double.NaN : correct / decisive,
                scored == 0 ? Double.NaN : logLoss / scored,
                scored == 0 ? Double.NaN : brier / scored,
                calibration, updateNanos == 0 ? Double.NaN : matches.size() / (updateNanos / 1e9));
    }
}
