package dev.ordinal.io.report;

import dev.ordinal.leaderboard.Leaderboard;
import java.util.List;
import java.util.Objects;

/**
 * A dot per estimate with its interval as a whisker, one row each in the order given: a
 * leaderboard's ratings with their confidence intervals, best first.
 *
 * @param estimates the rows, top to bottom
 * @param axisLabel what the value axis measures
 * @param decimals  decimals of the values printed at the right
 */
public record DotIntervalPlot(List<Estimate> estimates, String axisLabel, int decimals) implements Chart {
    public DotIntervalPlot {
        estimates = List.copyOf(estimates);
        Objects.requireNonNull(axisLabel, "axisLabel");
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must not be negative, got " + decimals);
        }
    }

    /**
     * A leaderboard's ratings and intervals, best first, on its own scale: to whole points when the
     * ratings span 20 or more (the Elo scale), else to two decimals (logits).
     */
    public static DotIntervalPlot of(Leaderboard board) {
        double low = board.items().stream().mapToDouble(Leaderboard.Entry::rating).min().orElse(0);
        double high = board.items().stream().mapToDouble(Leaderboard.Entry::rating).max().orElse(0);
        return new DotIntervalPlot(board.items().stream()
                .map(entry -> new Estimate(entry.name(), entry.rating(), entry.ci())).toList(),
                "rating (" + board.scale() + ")", high - low >= 20 ? 0 : 2);
    }

    @Override
    public Svg draw() {
        return EstimateRows.draw(estimates, EstimateRows.Mark.DOT, Double.NaN, axisLabel, decimals);
    }
}
