package dev.ordinal.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.error.InvalidParameterException;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KemenySlaterTest {
    /**
     * The Tennessee capital example of the Wikipedia article "Kemeny–Young method" (section
     * Example): 42 M>N>C>K, 26 N>C>K>M, 15 C>K>N>M, 17 K>C>N>M. The article's ranking scores put
     * Nashville > Chattanooga > Knoxville > Memphis first with 393 (= 68 + 68 + 58 + 83 + 58 + 58);
     * electowiki's "Kemeny–Young method" gives the same order with distance 32+32+42+17+42+42 = 207,
     * and 393 + 207 = 600 = 6 pairs × 100 voters.
     */
    static Ballots tennessee() {
        return Ballots.builder()
                .add(ballot("Memphis", "Nashville", "Chattanooga", "Knoxville"), 42)
                .add(ballot("Nashville", "Chattanooga", "Knoxville", "Memphis"), 26)
                .add(ballot("Chattanooga", "Knoxville", "Nashville", "Memphis"), 15)
                .add(ballot("Knoxville", "Chattanooga", "Nashville", "Memphis"), 17)
                .build();
    }

    static List<List<String>> ballot(String... order) {
        return Arrays.stream(order).map(List::of).toList();
    }

    static Ballots cycle() {
        return Ballots.builder().add(ballot("a", "b", "c"), 1).add(ballot("b", "c", "a"), 1)
                .add(ballot("c", "a", "b"), 1).build();
    }

    @Test
    void tennesseeKemenyOrderScoresThePublished393() {
        VoteResult result = new Kemeny().apply(tennessee());
        assertThat(rankingNames(result)).containsExactly("Nashville", "Chattanooga", "Knoxville", "Memphis");
        assertThat(result.winnerNames()).containsExactly("Nashville");
        assertThat(notes(result)).anySatisfy(note -> assertThat(note).contains("is 393").contains("distance to the ballots is 207"))
                .anySatisfy(note -> assertThat(note).contains("unique"));
        assertThat(solve(new LinearOrdering(22, 1, 1), tennessee(), false).agreement()).isEqualTo(393);
    }

    @Test
    void tennesseeSlaterRespectsAllSixMajorities() {
        VoteResult result = new Slater().apply(tennessee());
        assertThat(rankingNames(result)).containsExactly("Nashville", "Chattanooga", "Knoxville", "Memphis");
        assertThat(notes(result)).anySatisfy(note -> assertThat(note).contains("respected is 6").contains("contradicted is 0"));
    }

    @Test
    void exactSolverMatchesBruteForceOnRandomProfilesWithTies() {
        SplittableRandom random = new SplittableRandom(11);
        LinearOrdering solver = new LinearOrdering(LinearOrdering.DEFAULT_EXACT_LIMIT, 1, 1);
        for (int trial = 0; trial < 300; trial++) {
            int m = 1 + random.nextInt(7);
            Ballots ballots = RandomWeakOrders.profile(random, m, 1 + random.nextInt(8));
            for (boolean slater : new boolean[] {false, true}) {
                double[] w = weights(ballots, slater);
                LinearOrdering.Solution solution = solver.solve(m, w);
                BruteForce truth = new BruteForce(m, w);
                assertThat(solution.agreement()).as("trial %d", trial).isEqualTo(truth.best);
                assertThat(LinearOrdering.agreement(solution.order(), m, w)).isEqualTo(truth.best);
                assertThat(solution.provenOptimal()).isTrue();
                assertThat(solution.possibleWinners()).as("trial %d", trial).containsExactly(truth.firsts.stream().mapToInt(Integer::intValue).toArray());
                assertThat(solution.unique()).as("trial %d", trial).isEqualTo(truth.optimalOrders == 1);
                assertTiesAreExactlyTheAmbiguousPairs(solution.groups(), truth.before, trial);
            }
        }
    }

    @Test
    void componentsAreSolvedApartAndListedBestFirst() {
        // a beats b, c, d; b > c > d > b cycles; e loses to all: components {a}, {b, c, d}, {e}.
        Ballots ballots = Ballots.builder().add(ballot("a", "b", "c", "d", "e"), 1).add(ballot("a", "c", "d", "b", "e"), 1)
                .add(ballot("a", "d", "b", "c", "e"), 1).build();
        VoteResult result = new Kemeny().apply(ballots);
        Explanation.Table components = (Explanation.Table) result.explanation().parts().stream()
                .filter(part -> part instanceof Explanation.Table table && table.title().startsWith("Components"))
                .findFirst().orElseThrow();
        assertThat(components.rows()).extracting(row -> new TreeSet<>(List.of(row.get(1).split(", "))))
                .containsExactly(new TreeSet<>(List.of("a")), new TreeSet<>(List.of("b", "c", "d")), new TreeSet<>(List.of("e")));
        // The symmetric 3-cycle has three optimal orders of b, c, d, so the ranking ties them.
        assertThat(result.ranking().orElseThrow()).hasSize(3);
        assertThat(rankingNames(result).get(0)).isEqualTo("a");
        assertThat(rankingNames(result).get(2)).isEqualTo("e");
    }

    @Test
    void localSearchGapIsNonNegativeAndBoundsTheOptimum() {
        SplittableRandom random = new SplittableRandom(5);
        LinearOrdering heuristic = new LinearOrdering(0, 4, 3);
        LinearOrdering exact = new LinearOrdering(LinearOrdering.DEFAULT_EXACT_LIMIT, 1, 1);
        int found = 0;
        for (int trial = 0; trial < 200; trial++) {
            int m = 2 + random.nextInt(6);
            Ballots ballots = RandomWeakOrders.profile(random, m, 1 + random.nextInt(9));
            double[] w = weights(ballots, false);
            LinearOrdering.Solution guess = heuristic.solve(m, w);
            double optimum = exact.solve(m, w).agreement();
            assertThat(guess.agreement()).isLessThanOrEqualTo(optimum);
            assertThat(guess.upperBound()).isGreaterThanOrEqualTo(optimum);
            assertThat(LinearOrdering.agreement(guess.order(), m, w)).isEqualTo(guess.agreement());
            found += guess.agreement() == optimum ? 1 : 0;
        }
        assertThat(found).as("local search with restarts finds most small optima").isGreaterThan(190);
    }

    @Test
    void localSearchProvesOptimalityWhenTheBoundIsTight() {
        // One 3-cycle: the bound (pairwise maxima less the cycle's smallest margin) equals the optimum.
        VoteResult cycle = new Kemeny(0, 2, 1).apply(cycle());
        assertThat(notes(cycle)).anySatisfy(note -> assertThat(note).contains("gap 0, so this order is proven optimal"));
        LinearOrdering.Solution solution = solve(new LinearOrdering(0, 2, 1), cycle(), false);
        assertThat(solution.agreement()).isEqualTo(5);
        assertThat(solution.upperBound()).isEqualTo(5);
        // Transitive majorities: every component is a single candidate, so nothing is left to search.
        assertThat(solve(new LinearOrdering(0, 2, 1), tennessee(), false).provenOptimal()).isTrue();
    }

    @Test
    void cycleTiesAllThreeOrdersAndWinners() {
        for (VotingRule rule : List.of(new Kemeny(), new Slater())) {
            VoteResult result = rule.apply(cycle());
            assertThat(result.winnerNames()).as(rule.name()).containsExactly("a", "b", "c");
            assertThat(notes(result)).anySatisfy(note -> assertThat(note).startsWith("Other orders are optimal too"));
        }
    }

    @Test
    void exactAtTwentyCandidatesBeatsOrMatchesLocalSearchAndIsLocallyOptimal() {
        SplittableRandom random = new SplittableRandom(20);
        Ballots.Builder builder = Ballots.builder();
        for (int c = 0; c < 20; c++) {
            builder.candidate("c" + c);
        }
        for (int v = 0; v < 101; v++) {
            int[] order = RandomWeakOrders.permutation(random, 20);
            builder.add(IntStream.of(order).mapToObj(c -> new int[] {c}).toArray(int[][]::new), 1);
        }
        Ballots ballots = builder.build();
        double[] w = weights(ballots, false);
        LinearOrdering.Solution exact = new LinearOrdering(20, 1, 1).solve(20, w);
        LinearOrdering.Solution guess = new LinearOrdering(0, 8, 1).solve(20, w);
        assertThat(exact.agreement()).isGreaterThanOrEqualTo(guess.agreement()).isLessThanOrEqualTo(guess.upperBound());
        int[] order = exact.order();
        for (int from = 0; from < 20; from++) {
            for (int to = 0; to < 20; to++) {
                int moving = order[from];
                int[] moved = IntStream.of(order).filter(c -> c != moving).toArray();
                int[] inserted = new int[20];
                System.arraycopy(moved, 0, inserted, 0, to);
                inserted[to] = moving;
                System.arraycopy(moved, to, inserted, to + 1, 19 - to);
                assertThat(LinearOrdering.agreement(inserted, 20, w)).isLessThanOrEqualTo(exact.agreement());
            }
        }
    }

    @Test
    void condorcetWinnerWinsAloneOnRandomProfiles() {
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 200; trial++) {
            Ballots ballots = RandomWeakOrders.profile(random, 2 + random.nextInt(5), 1 + random.nextInt(7));
            int winner = ballots.majority().condorcetWinner();
            if (winner >= 0) {
                assertThat(new Kemeny().apply(ballots).winners()).containsExactly(winner);
                assertThat(new Slater().apply(ballots).winners()).containsExactly(winner);
            }
        }
    }

    @Test
    void edgeCases() {
        Ballots one = Ballots.builder().add(ballot("solo"), 3).build();
        assertThat(new Kemeny().apply(one).winnerNames()).containsExactly("solo");
        Ballots two = Ballots.builder().add(ballot("x", "y"), 2).add(ballot("y", "x"), 1).build();
        assertThat(rankingNames(new Kemeny().apply(two))).containsExactly("x", "y");
        assertThat(new Slater().apply(two).winnerNames()).containsExactly("x");
        Ballots tied = Ballots.builder().add(ballot("x", "y"), 1.5).add(ballot("y", "x"), 1.5).build();
        assertThat(new Kemeny().apply(tied).winnerNames()).containsExactly("x", "y");
        Ballots.Builder empty = Ballots.builder();
        for (String id : List.of("p", "q", "r", "s")) {
            empty.candidate(id);
        }
        VoteResult allTied = new Kemeny().apply(empty.add(new int[0][], 4).build());
        assertThat(allTied.winnerNames()).containsExactly("p", "q", "r", "s");
        assertThat(allTied.ranking().orElseThrow()).hasSize(1);
        // Weights act as repeated ballots.
        Ballots weighted = Ballots.builder().add(ballot("a", "b", "c"), 3).add(ballot("b", "c", "a"), 2)
                .add(ballot("c", "a", "b"), 2).build();
        Ballots.Builder repeated = Ballots.builder();
        for (int i = 0; i < 3; i++) {
            repeated.add(ballot("a", "b", "c"), 1);
        }
        for (int i = 0; i < 2; i++) {
            repeated.add(ballot("b", "c", "a"), 1).add(ballot("c", "a", "b"), 1);
        }
        assertThat(rankingNames(new Kemeny().apply(weighted))).containsExactly("a", "b", "c")
                .isEqualTo(rankingNames(new Kemeny().apply(repeated.build())));
    }

    @Test
    void optionsAreValidatedAndReachTheSolver() {
        assertThatThrownBy(() -> VotingRules.create("kemeny", RuleOptions.defaults().with("exact-limit", "40")))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("exact-limit"))
                .hasMessage("exact-limit must be a whole number from 0 to 25, got '40'");
        assertThatThrownBy(() -> VotingRules.create("slater", RuleOptions.defaults().with("restarts", "0")))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("restarts");
        VoteResult heuristic = VotingRules.create("kemeny", RuleOptions.defaults().with("exact-limit", "2")).apply(cycle());
        assertThat(notes(heuristic)).anySatisfy(note -> assertThat(note).startsWith("Beyond the exact limit"));
    }

    private static LinearOrdering.Solution solve(LinearOrdering solver, Ballots ballots, boolean slater) {
        return solver.solve(ballots.candidateCount(), weights(ballots, slater));
    }

    private static double[] weights(Ballots ballots, boolean slater) {
        MajorityMatrix majority = ballots.majority();
        int m = majority.size();
        double[] w = new double[m * m];
        for (int x = 0; x < m; x++) {
            for (int y = 0; y < m; y++) {
                w[x * m + y] = x == y ? 0 : slater ? (majority.beats(x, y) ? 1 : 0) : majority.support(x, y);
            }
        }
        return w;
    }

    static List<String> rankingNames(VoteResult result) {
        return result.ranking().orElseThrow().stream().map(group -> result.candidates().name(group[0])).toList();
    }

    static List<String> notes(VoteResult result) {
        return result.explanation().parts().stream().filter(part -> part instanceof Explanation.Note)
                .map(part -> ((Explanation.Note) part).text()).toList();
    }

    /**
     * Candidates in different groups keep their order in every optimal order; inside a group, the
     * pairs whose order differs between optimal orders link every member.
     */
    private static void assertTiesAreExactlyTheAmbiguousPairs(List<int[]> groups, boolean[][] before, int trial) {
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                for (int x : groups.get(i)) {
                    for (int y : groups.get(j)) {
                        assertThat(before[y][x]).as("trial %d: %d after %d in every optimal order", trial, y, x).isFalse();
                    }
                }
            }
            int[] group = groups.get(i);
            java.util.BitSet reached = new java.util.BitSet();
            reached.set(0);
            for (boolean grew = true; grew; ) {
                grew = false;
                for (int a = 0; a < group.length; a++) {
                    for (int b = 0; b < group.length; b++) {
                        if (reached.get(a) && !reached.get(b) && before[group[a]][group[b]] && before[group[b]][group[a]]) {
                            reached.set(b);
                            grew = true;
                        }
                    }
                }
            }
            assertThat(reached.cardinality()).as("trial %d: group %s linked by ambiguous pairs", trial,
                    Arrays.toString(group)).isEqualTo(group.length);
        }
    }

    /** Every order of m candidates: the best agreement, the candidates first in an optimal order, how many are optimal. */
    private static final class BruteForce {
        double best = Double.NEGATIVE_INFINITY;
        final TreeSet<Integer> firsts = new TreeSet<>();
        int optimalOrders;
        /** before[x][y]: some optimal order puts x before y. */
        boolean[][] before;

        BruteForce(int m, double[] w) {
            before = new boolean[m][m];
            int[] order = IntStream.range(0, m).toArray();
            visit(order, 0, m, w);
        }

        private void visit(int[] order, int k, int m, double[] w) {
            if (k == m) {
                double value = LinearOrdering.agreement(order, m, w);
                if (value > best) {
                    best = value;
                    firsts.clear();
                    optimalOrders = 0;
                    before = new boolean[m][m];
                }
                if (value == best) {
                    firsts.add(order[0]);
                    optimalOrders++;
                    for (int i = 0; i < m; i++) {
                        for (int j = i + 1; j < m; j++) {
                            before[order[i]][order[j]] = true;
                        }
                    }
                }
                return;
            }
            for (int i = k; i < m; i++) {
                swap(order, k, i);
                visit(order, k + 1, m, w);
                swap(order, k, i);
            }
        }

        private static void swap(int[] order, int i, int j) {
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
