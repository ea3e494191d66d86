package dev.ordinal.vote;

import dev.ordinal.error.Require;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The single transferable vote with the weighted inclusive Gregory method (WIGM), in the form of
 * the Scottish local government STV rules (Scottish Statutory Instrument 2007 No. 42), computed
 * without their rounding of transfer values to five decimals.
 *
 * <ul>
 * <li>Quota: Droop, floor(V / (seats + 1)) + 1, V the weight of the ballots that rank anyone.
 * <li>A candidate whose tally reaches the quota is elected. Each stage transfers one surplus if
 * any is pending (the largest first), otherwise excludes the candidate with the fewest votes.
 * <li>Surplus (inclusive Gregory): every ballot paper counting for the elected candidate, at
 * whatever value it carries, moves on at value × (tally − quota) / tally, leaving the candidate
 * exactly the quota. Exclusion: all the excluded candidate's papers move on at their current
 * values, in one stage.
 * <li>Papers move to the ballot's best group of continuing (neither elected nor excluded)
 * candidates; a group of several tied candidates shares the paper equally. A paper with no
 * continuing candidate left is exhausted.
 * <li>The count stops when the seats are filled, or elects all continuing candidates once they are
 * no more than the seats left.
 * <li>Ties for exclusion (or equal surpluses) are decided by the backwards rule: the candidate
 * with fewer (more, for surpluses) votes at the latest earlier stage where they differed. Ties it
 * cannot decide are followed every way ({@link TieResolutions}); when different ways elect
 * different committees, all their members are winners and the explanation lists the committees.
 * </ul>
 *
 * The ranking is the order of election (candidates elected at the same stage with equal tallies
 * tie), then candidates left continuing by their final tallies, then the excluded in reverse order
 * of exclusion. With one seat this is instant-runoff voting. Cost O(stages × ballots × candidates).
 */
public final class SingleTransferableVote implements VotingRule {
    private static final double TOLERANCE = 1e-9;
    private static final int CONTINUING = 0;
    private static final int ELECTED = 1;
    private static final int EXCLUDED = 2;
    private final int seats;

    public SingleTransferableVote(int seats) {
        this.seats = Require.atLeast("seats", seats, 1);
    }

    @Override
    public String name() {
        return "stv";
    }

    /** With one seat (instant-runoff voting) the majority and Condorcet-loser criteria hold. */
    @Override
    public Set<Trait> traits() {
        return seats == 1 ? EnumSet.of(Trait.MULTI_WINNER, Trait.RANKING, Trait.MAJORITY, Trait.CONDORCET_LOSER)
                : EnumSet.of(Trait.MULTI_WINNER, Trait.RANKING);
    }

    /** One count: the committee in order of election, the ranking, the stage table and the notes. */
    private record Count(int[] committee, List<int[]> ranking, List<List<String>> rows, List<String> notes) {
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        int m = ballots.candidateCount();
        if (seats > m) {
            throw new VoteException("rule 'stv' cannot fill " + seats + " seats from " + m + " candidates",
                    "set seats to " + m + " or fewer");
        }
        int[][][] groups = new int[ballots.size()][][];
        double valid = 0;
        for (int b = 0; b < ballots.size(); b++) {
            groups[b] = ballots.groups(b);
            if (groups[b].length > 0) {
                valid += ballots.weight(b);
            }
        }
        double quota = Math.floor(valid / (seats + 1)) + 1;
        TieResolutions.Outcome<Count> outcome = TieResolutions.explore(chooser -> new Counter(ballots, groups, quota).run(chooser));
        Count first = outcome.runs().get(0);
        List<int[]> committees = TieResolutions.distinctSets(outcome.runs().stream().map(Count::committee).toList());
        int[] winners = committees.stream().flatMapToInt(Arrays::stream).distinct().sorted().toArray();
        boolean sameRanking = outcome.runs().stream().allMatch(count -> sameGroups(count.ranking(), first.ranking()));
        List<int[]> ranking = first.ranking();
        if (!sameRanking) {
            int[] rest = IntStream.range(0, m).filter(c -> Arrays.binarySearch(winners, c) < 0).toArray();
            ranking = rest.length == 0 ? List.of(winners) : List.of(winners, rest);
        }
        List<String> columns = new ArrayList<>();
        columns.add("stage");
        for (int c = 0; c < m; c++) {
            columns.add(ballots.candidates().name(c));
        }
        columns.add("exhausted");
        columns.add("action");
        VoteResult.Builder result = VoteResult.builder(name(), ballots.candidates()).seats(seats).winners(winners)
                .ranking(ranking)
                .note("Droop quota floor(" + Explanation.number(valid) + " / " + (seats + 1) + ") + 1 = "
                        + Explanation.number(quota) + "; surpluses by the weighted inclusive Gregory method.");
        first.notes().forEach(result::note);
        if (committees.size() > 1) {
            result.note("Different ways of breaking the ties above elect different committees, so all their members "
                    + "are winners: " + String.join("; ", committees.stream().map(c -> names(ballots, c)).toList()) + ".");
        } else if (!sameRanking) {
            result.note("Different ways of breaking the ties above order the candidates differently; the ranking "
                    + "shows only what they agree on.");
        }
        if (!outcome.complete()) {
            result.note("Ties were explored for " + TieResolutions.LIMIT + " tie-breaking orders only.");
        }
        return result.table("Stages (tallies at the start of each stage)", columns, first.rows()).build();
    }

    private static boolean sameGroups(List<int[]> a, List<int[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String names(Ballots ballots, int[] candidates) {
        return "{" + String.join(", ", Arrays.stream(candidates).mapToObj(ballots.candidates()::name).toList()) + "}";
    }

    /** The state of one count: each candidate's ballot papers (ballot index and current value). */
    private final class Counter {
        private final Ballots ballots;
        private final int[][][] groups;
        private final double quota;
        private final int m;
        private final int[] status;
        private final double[] tally;
        private final int[][] paperBallot;
        private final double[][] paperValue;
        private final int[] paperCount;
        private final List<double[]> history = new ArrayList<>();
        private final List<List<String>> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final List<Integer> pendingSurplus = new ArrayList<>();
        private final int[] electedAt;
        /** For candidates in an exclusion tie no earlier stage decided: the stage of that tie, else −1. */
        private final int[] tieGroup;
        private final double[] electedTally;
        private final List<Integer> excludedOrder = new ArrayList<>();
        private final List<Integer> electedOrder = new ArrayList<>();
        private double exhausted;

        Counter(Ballots ballots, int[][][] groups, double quota) {
            this.ballots = ballots;
            this.groups = groups;
            this.quota = quota;
            m = ballots.candidateCount();
            status = new int[m];
            tally = new double[m];
            paperBallot = new int[m][16];
            paperValue = new double[m][16];
            paperCount = new int[m];
            electedAt = new int[m];
            electedTally = new double[m];
            tieGroup = new int[m];
            Arrays.fill(tieGroup, -1);
            for (int b = 0; b < ballots.size(); b++) {
                if (ballots.weight(b) > 0) {
                    place(b, ballots.weight(b));
                }
            }
        }

        /** Gives a paper of ballot b worth {@code value} to its best continuing group, or exhausts it. */
        private void place(int b, double value) {
            for (int[] group : groups[b]) {
                int continuing = 0;
                for (int c : group) {
                    if (status[c] == CONTINUING) {
                        continuing++;
                    }
                }
                if (continuing > 0) {
                    for (int c : group) {
                        if (status[c] == CONTINUING) {
                            add(c, b, value / continuing);
                        }
                    }
                    return;
                }
            }
            exhausted += value;
        }

        private void add(int c, int b, double value) {
            if (paperCount[c] == paperBallot[c].length) {
                paperBallot[c] = Arrays.copyOf(paperBallot[c], 2 * paperCount[c]);
                paperValue[c] = Arrays.copyOf(paperValue[c], 2 * paperCount[c]);
            }
            paperBallot[c][paperCount[c]] = b;
            paperValue[c][paperCount[c]++] = value;
            tally[c] += value;
        }

        /** Moves all of c's papers on, each at its value × {@code factor}. */
        private void transfer(int c, double factor) {
            int count = paperCount[c];
            int[] papers = Arrays.copyOf(paperBallot[c], count);
            double[] values = Arrays.copyOf(paperValue[c], count);
            paperCount[c] = 0;
            for (int i = 0; i < count; i++) {
                place(papers[i], values[i] * factor);
            }
        }

        Count run(TieResolutions.Chooser chooser) {
            int stage = 0;
            while (true) {
                stage++;
                history.add(tally.clone());
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(stage));
                for (int c = 0; c < m; c++) {
                    row.add(status[c] == EXCLUDED ? "—" : Explanation.number(tally[c]));
                }
                row.add(Explanation.number(exhausted));
                List<String> actions = new ArrayList<>();
                electReaching(stage, actions);
                int continuing = (int) Arrays.stream(status).filter(s -> s == CONTINUING).count();
                if (electedOrder.size() < seats && continuing <= seats - electedOrder.size()) {
                    for (int c : continuingByTally()) {
                        elect(c, stage);
                        actions.add(name(c) + " elected to fill a remaining seat");
                    }
                }
                if (electedOrder.size() == seats) {
                    row.add(String.join("; ", actions));
                    rows.add(row);
                    break;
                }
                if (!pendingSurplus.isEmpty()) {
                    int c = pick(pendingSurplus.stream().mapToInt(Integer::intValue).toArray(), true, chooser, stage);
                    pendingSurplus.remove(Integer.valueOf(c));
                    double surplus = tally[c] - quota;
                    double factor = surplus / tally[c];
                    actions.add("surplus " + Explanation.number(surplus) + " of " + name(c)
                            + " transferred at " + Explanation.number(factor) + " of each paper's value");
                    transfer(c, factor);
                    tally[c] = quota;
                } else {
                    int[] candidates = IntStream.range(0, m).filter(c -> status[c] == CONTINUING).toArray();
                    int c = pick(candidates, false, chooser, stage);
                    status[c] = EXCLUDED;
                    excludedOrder.add(c);
                    actions.add(name(c) + " excluded, papers transferred");
                    transfer(c, 1);
                    tally[c] = 0;
                }
                row.add(String.join("; ", actions));
                rows.add(row);
            }
            return new Count(electedOrder.stream().mapToInt(Integer::intValue).toArray(), ranking(), rows, notes);
        }

        private void electReaching(int stage, List<String> actions) {
            for (int c : continuingByTally()) {
                if (electedOrder.size() < seats && tally[c] >= quota - TOLERANCE * quota) {
                    elect(c, stage);
                    actions.add(name(c) + " elected with " + Explanation.number(tally[c]));
                    if (tally[c] > quota + TOLERANCE * quota) {
                        pendingSurplus.add(c);
                    }
                }
            }
        }

        private void elect(int c, int stage) {
            status[c] = ELECTED;
            electedAt[c] = stage;
            electedTally[c] = tally[c];
            electedOrder.add(c);
        }

        private int[] continuingByTally() {
            return IntStream.range(0, m).filter(c -> status[c] == CONTINUING).boxed()
                    .sorted((x, y) -> Double.compare(tally[y], tally[x])).mapToInt(Integer::intValue).toArray();
        }

        /**
         * The candidate with the largest tally ({@code most}) or the smallest among {@code candidates};
         * equal tallies go back through earlier stages, then to the chooser.
         */
        private int pick(int[] candidates, boolean most, TieResolutions.Chooser chooser, int stage) {
            int[] tied = extreme(candidates, tally, most);
            for (int s = history.size() - 2; s >= 0 && tied.length > 1; s--) {
                tied = extreme(tied, history.get(s), most);
            }
            if (tied.length == 1) {
                if (extreme(candidates, tally, most).length > 1) {
                    notes.add("Stage " + stage + ": tie between " + names(extreme(candidates, tally, most))
                            + " decided by earlier stages (backwards rule): " + name(tied[0]) + ".");
                }
                return tied[0];
            }
            int c = tied[chooser.choose(tied.length, state())];
            if (!most) {
                for (int t : tied) {
                    if (tieGroup[t] < 0) {
                        tieGroup[t] = stage;
                    }
                }
            }
            notes.add("Stage " + stage + ": " + names(tied) + " are tied at this and every earlier stage; every way of "
                    + "breaking the tie is counted, and the table follows the one that takes " + name(c) + ".");
            return c;
        }

        private int[] extreme(int[] candidates, double[] tallies, boolean most) {
            double best = most ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            for (int c : candidates) {
                best = most ? Math.max(best, tallies[c]) : Math.min(best, tallies[c]);
            }
            double limit = best;
            double slack = TOLERANCE * Math.max(1, Math.abs(best));
            return Arrays.stream(candidates).filter(c -> Math.abs(tallies[c] - limit) <= slack).toArray();
        }

        /** Everything the rest of the count depends on, for spotting tie resolutions that meet again. */
        private String state() {
            StringBuilder key = new StringBuilder(Arrays.toString(status)).append(pendingSurplus);
            for (double[] tallies : history) {
                for (double value : tallies) {
                    key.append(',').append(Math.round(value * 1e9));
                }
            }
            for (int c = 0; c < m; c++) {
                long[] papers = new long[2 * paperCount[c]];
                for (int i = 0; i < paperCount[c]; i++) {
                    papers[2 * i] = paperBallot[c][i];
                    papers[2 * i + 1] = Math.round(paperValue[c][i] * 1e9);
                }
                key.append('|').append(Math.round(tally[c] * 1e9)).append(Arrays.toString(papers));
            }
            return key.toString();
        }

        private List<int[]> ranking() {
            List<int[]> ranking = new ArrayList<>();
            int[] elected = electedOrder.stream().mapToInt(Integer::intValue).toArray();
            addGroups(ranking, elected, (x, y) -> electedAt[x] != electedAt[y] ? Integer.compare(electedAt[x], electedAt[y])
                    : Double.compare(electedTally[y], electedTally[x]));
            addGroups(ranking, continuingByTally(), (x, y) -> Double.compare(tally[y], tally[x]));
            // the excluded, last excluded first; those excluded one after the other out of one undecided tie tie
            int i = excludedOrder.size() - 1;
            while (i >= 0) {
                int j = i;
                int group = tieGroup[excludedOrder.get(i)];
                while (j > 0 && group >= 0 && tieGroup[excludedOrder.get(j - 1)] == group) {
                    j--;
                }
                ranking.add(excludedOrder.subList(j, i + 1).stream().mapToInt(Integer::intValue).sorted().toArray());
                i = j - 1;
            }
            return ranking;
        }

        /** Appends {@code ordered} (already sorted by {@code order}) as groups of candidates that compare equal. */
        private void addGroups(List<int[]> ranking, int[] ordered, Comparator<Integer> order) {
            Integer[] sorted = Arrays.stream(ordered).boxed().sorted(order).toArray(Integer[]::new);
            int start = 0;
            for (int i = 1; i <= sorted.length; i++) {
                if (i == sorted.length || Math.abs(order.compare(sorted[start], sorted[i])) > 0) {
                    ranking.add(Arrays.stream(sorted, start, i).mapToInt(Integer::intValue).sorted().toArray());
                    start = i;
                }
            }
        }

        private String name(int c) {
            return ballots.candidates().name(c);
        }

        private String names(int[] candidates) {
            return SingleTransferableVote.names(ballots, candidates);
        }
    }
}
