package dev.ordinal.vote;

import dev.ordinal.judgment.Items;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * What {@link DuelScoring} found. Indices: systems as in {@code data.systems()}, tasks as in
 * {@code data}, categories as in {@link #categories()}.
 *
 * @param data             the per-example scores
 * @param alpha            the significance level
 * @param pValues          {@code [task][a][b]}: the one-tailed p-value of "a is better than b"; {@code NaN}
 *                         where there was no duel or no test
 * @param taskWinScores    {@code [system][task]}: share of duels won; {@code NaN} where the system had no duel
 * @param duelsWon         {@code [a][b]}: on how many tasks a won its duel against b
 * @param categories       the categories, in order of first appearance (the task names when none were given)
 * @param categoryWinScores {@code [system][category]}: mean task win score over the category
 * @param overall          per system: mean category win score; {@code NaN} for a system without duels
 */
public record DuelScores(ExampleScores data, double alpha, double[][][] pValues, double[][] taskWinScores,
                         int[][] duelsWon, List<String> categories, double[][] categoryWinScores, double[] overall) {
    public DuelScores {
        categories = List.copyOf(categories);
    }

    /** As a result named {@code duel}: ranked by overall win score, with the tables that back it. */
    public VoteResult asVoteResult() {
        Items systems = data.systems();
        VoteResult.Builder result = VoteResult.builder("duel", systems)
                .rankByScores("duel win score", overall)
                .note("On each task every pair of systems scored on it duels: a system wins when a one-tailed paired "
                        + "t-test over the examples both scored finds it better at alpha = "
                        + Explanation.number(alpha) + ". Win score = share of duels won; "
                        + (data.categorised() ? "category win score = mean over the category's tasks; overall = "
                                + "mean over categories." : "overall = mean over tasks."));
        result.table("Win score per task", header("system", data.taskCount(), data::task),
                rows(taskWinScores, systems));
        if (data.categorised()) {
            result.table("Win score per category", header("system", categories.size(), categories::get),
                    rows(categoryWinScores, systems));
        }
        List<List<String>> won = new ArrayList<>();
        for (int a = 0; a < systems.size(); a++) {
            List<String> row = new ArrayList<>();
            row.add(systems.name(a));
            for (int b = 0; b < systems.size(); b++) {
                row.add(a == b ? "—" : Integer.toString(duelsWon[a][b]));
            }
            won.add(row);
        }
        result.table("Tasks on which the row system won its duel against the column system",
                header("", systems.size(), systems::name), won);
        return result.build();
    }

    private static List<String> header(String first, int count, IntFunction<String> name) {
        List<String> columns = new ArrayList<>();
        columns.add(first);
        for (int i = 0; i < count; i++) {
            columns.add(name.apply(i));
        }
        return columns;
    }

    private static List<List<String>> rows(double[][] values, Items systems) {
        List<List<String>> rows = new ArrayList<>();
        for (int s = 0; s < values.length; s++) {
            List<String> row = new ArrayList<>();
            row.add(systems.name(s));
            for (double value : values[s]) {
                row.add(Double.isNaN(value) ? "-" : Explanation.number(value));
            }
            rows.add(row);
        }
        return rows;
    }
}
