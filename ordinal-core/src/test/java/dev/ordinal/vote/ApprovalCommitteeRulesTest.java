package dev.ordinal.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.app.Parameter;
import dev.ordinal.app.Registries;
import dev.ordinal.error.InvalidParameterException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ApprovalCommitteeRulesTest {

    /** Approval ballots over candidates a, b, c... ("ab" approves a and b), each given with its weight. */
    static Ballots approvals(int candidates, Object... weightAndSets) {
        Ballots.Builder builder = Ballots.builder();
        for (int c = 0; c < candidates; c++) {
            builder.candidate(String.valueOf((char) ('a' + c)));
        }
        for (int i = 0; i < weightAndSets.length; i += 2) {
            int[] approved = ((String) weightAndSets[i + 1]).chars().map(ch -> ch - 'a').toArray();
            builder.add(approved.length == 0 ? new int[0][] : new int[][] {approved}, ((Number) weightAndSets[i]).doubleValue());
        }
        return builder.build();
    }

    static String committee(VoteResult result) {
        return String.join("", result.winnerNames());
    }

    private static String notes(VoteResult result) {
        return result.explanation().parts().toString();
    }

    @Test
    void lacknerSkowronExample2_5PavAgainstSeqPav() {
        // Lackner & Skowron, "Multi-Winner Voting with Approval Preferences" (2023), Example 2.5
        // (abcvoting examples/abcbook/example205.py): k = 2, PAV elects {a, c}, seq-PAV {c, d}.
        Ballots ballots = approvals(4, 3, "ab", 6, "ad", 4, "b", 5, "c", 5, "cd");
        assertThat(committee(new ProportionalApproval(2, 0).apply(ballots))).isEqualTo("ac");
        assertThat(committee(new SequentialPav(2, 0).apply(ballots))).isEqualTo("cd");
    }

    @Test
    void thieleExampleFromJansonPavAgainstSeqPav() {
        // Same source, Thiele's example as given in Janson's survey (Example 13.3): weighted ballots,
        // k = 2: PAV elects {a, b}, seq-PAV {a, c}.
        Ballots ballots = approvals(4, 960, "acd", 3000, "bcd", 520, "bc", 1620, "ab", 1081, "ad", 1240, "ac",
                360, "bd", 360, "d", 120, "c", 60, "b");
        assertThat(committee(new ProportionalApproval(2, 0).apply(ballots))).isEqualTo("ab");
        assertThat(committee(new SequentialPav(2, 0).apply(ballots))).isEqualTo("ac");
    }

    @Test
    void lacknerSkowronExample2_12EqualSharesAgainstPhragmen() {
        // Same book, Example 2.12 (abcvoting example212.py): k = 3, Equal Shares elects {a, c, d},
        // seq-Phragmén {b, c, d}. By hand: budgets 3/8; c costs 1/5 each to its 5 approvers, then a
        // costs 13/40 to the {a,b}, {a,c} voters... and the Phragmén completion adds d.
        Ballots ballots = approvals(4, 3, "cd", 2, "ab", 2, "ac", 1, "bd");
        VoteResult shares = new EqualShares(3, 0).apply(ballots);
        assertThat(committee(shares)).isEqualTo("acd");
        assertThat(notes(shares)).contains("equal shares, 1, c, 0.2", "equal shares, 2, a, 0.325", "Phragmén completion, 3, d");
        assertThat(committee(new Phragmen(3, 0).apply(ballots))).isEqualTo("bcd");
    }

    @Test
    void lacknerSkowronRunningExample() {
        // Same book, Example 2.1 profile with k = 4 (abcvoting example211.py and survey example 8):
        // Equal Shares and seq-Phragmén both elect {a, b, c, d}.
        Ballots ballots = approvals(8, 3, "ab", 3, "ac", 2, "ad", 1, "bcf", 1, "e", 1, "f", 1, "g");
        assertThat(committee(new EqualShares(4, 0).apply(ballots))).isEqualTo("abcd");
        assertThat(committee(new Phragmen(4, 0).apply(ballots))).isEqualTo("abcd");
        VoteResult pav = new ProportionalApproval(4, 0).apply(ballots);
        assertThat(notes(pav)).contains("satisfies extended justified representation");
    }

    @Test
    void approvalVotingRanksByApprovalsAndReportsALastSeatTie() {
        Ballots ballots = approvals(4, 3, "ab", 2, "bc", 1, "d");
        VoteResult one = new ApprovalVoting(1, 0).apply(ballots);
        assertThat(one.winnerNames()).containsExactly("b");
        assertThat(one.scores().orElseThrow()).containsExactly(3, 5, 2, 1);
        VoteResult two = new ApprovalVoting(2, 0).apply(ballots);
        assertThat(committee(two)).isEqualTo("ab");
        VoteResult three = new ApprovalVoting(3, 0).apply(approvals(4, 1, "ab", 1, "cd"));
        assertThat(committee(three)).isEqualTo("abcd");
        assertThat(notes(three)).contains("4 candidates tie for 3 seats");
    }

    @Test
    void sequentialRulesReportTiedCommittees() {
        Ballots ballots = approvals(3, 2, "a", 1, "b", 1, "c");
        for (VotingRule rule : List.of(new SequentialPav(2, 0), new Phragmen(2, 0), new EqualShares(2, 0),
                new ProportionalApproval(2, 0))) {
            VoteResult result = rule.apply(ballots);
            assertThat(result.winnerNames()).as(rule.name()).containsExactly("a", "b", "c");
            assertThat(result.seats()).isEqualTo(2);
            assertThat(notes(result)).as(rule.name()).contains("Tie: 2 committees of 2", "{a, b}", "{a, c}");
        }
        // everyone approves everyone: every committee of 2 out of 4 ties
        Ballots unanimous = approvals(4, 5, "abcd");
        for (VotingRule rule : List.of(new SequentialPav(2, 0), new Phragmen(2, 0), new EqualShares(2, 0),
                new ProportionalApproval(2, 0))) {
            assertThat(notes(rule.apply(unanimous))).as(rule.name()).contains("Tie: 6 committees of 2");
        }
    }

    @Test
    void rankedBallotsNeedApproveTop() {
        Ballots ranked = SingleTransferableVoteTest.stvBallots(2, "a>b>c", 1, "c>b>a");
        for (VotingRule rule : List.of(new ApprovalVoting(1, 0), new SequentialPav(1, 0), new Phragmen(1, 0),
                new EqualShares(1, 0), new ProportionalApproval(1, 0))) {
            assertThatThrownBy(() -> rule.apply(ranked)).isInstanceOf(VoteException.class)
                    .hasMessageContaining("approve-top=K");
        }
        assertThat(new ApprovalVoting(1, 2).apply(ranked).winnerNames()).containsExactly("b");
        VotingRule viaRegistry = Registries.rules().create("pav", Map.of("seats", "2", "approve-top", "1"));
        assertThat(committee(viaRegistry.apply(ranked))).isEqualTo("ac");
        assertThatThrownBy(() -> new Phragmen(4, 0).apply(approvals(3, 1, "a")))
                .isInstanceOfSatisfying(VoteException.class,
                        e -> assertThat(e.remedy()).contains("set seats to 3 or fewer"))
                .hasMessage("rule 'phragmen' cannot fill 4 seats from 3 candidates; set seats to 3 or fewer");
    }

    @Test
    void ejrDetectsAViolationWithItsWitness() {
        // n = 8, k = 4: the four {e,f,g,h} voters weigh 4 ≥ ℓ·n/k = 4 for ℓ = 2 and approve 4 common
        // candidates, yet committee {a, b, c, e} gives each of them only 1: EJR fails with ℓ = 2.
        Ballots ballots = approvals(8, 4, "abcd", 4, "efgh");
        JustifiedRepresentation check = JustifiedRepresentation.check(ballots, new int[] {0, 1, 2, 4});
        assertThat(check.status()).isEqualTo(JustifiedRepresentation.Status.VIOLATED);
        JustifiedRepresentation.Witness witness = check.witness().orElseThrow();
        assertThat(witness.ell()).isEqualTo(2);
        assertThat(witness.commonCandidates()).containsExactly(4, 5);
        assertThat(witness.ballots()).containsExactly(1);
        assertThat(witness.groupWeight()).isEqualTo(4);
        assertThat(witness.requiredWeight()).isEqualTo(4);
        assertThat(JustifiedRepresentation.check(ballots, new int[] {0, 1, 4, 5}).satisfied()).isTrue();
        // ℓ = 1: the {c} voters (weight 2 ≥ 4/2) are left without anyone by committee {a, b}
        JustifiedRepresentation single = JustifiedRepresentation.check(approvals(3, 2, "ab", 2, "c"), new int[] {0, 1});
        assertThat(single.witness().orElseThrow().ell()).isEqualTo(1);
        assertThat(single.witness().orElseThrow().commonCandidates()).containsExactly(2);
        // approval voting gives all four seats to the five {a,b,c,d} voters; the four {e,f,g,h} voters
        // weigh 4 ≥ 1·9/4 and get nobody: its explanation reports the ℓ = 1 witness {e}
        VoteResult av = new ApprovalVoting(4, 0).apply(approvals(8, 5, "abcd", 4, "efgh"));
        assertThat(committee(av)).isEqualTo("abcd");
        assertThat(notes(av)).contains("violates EJR", "ℓ·n/k = 2.25", "ℓ = 1 candidates {e}");
    }

    @Test
    void pavAndEqualSharesSatisfyEjrOnRandomProfiles() {
        // Aziz et al. 2017 (PAV) and Peters & Skowron 2020 (Equal Shares) prove EJR; seeded random profiles.
        Random random = new Random(20240601L);
        for (int trial = 0; trial < 150; trial++) {
            int m = 3 + random.nextInt(5);
            int voters = 2 + random.nextInt(9);
            int k = 1 + random.nextInt(m);
            Ballots.Builder builder = Ballots.builder();
            for (int c = 0; c < m; c++) {
                builder.candidate(String.valueOf((char) ('a' + c)));
            }
            for (int v = 0; v < voters; v++) {
                int[] approved = IntStream.range(0, m).filter(c -> random.nextDouble() < 0.4).toArray();
                builder.add(approved.length == 0 ? new int[0][] : new int[][] {approved}, 1 + random.nextInt(3));
            }
            Ballots ballots = builder.build();
            for (VotingRule rule : List.of(new ProportionalApproval(k, 0), new EqualShares(k, 0))) {
                VoteResult result = rule.apply(ballots);
                assertThat(notes(result)).as(rule.name() + " trial " + trial).doesNotContain("violates EJR", "stopped after");
                assertThat(result.winners().length).isGreaterThanOrEqualTo(k);
            }
            assertThat(bestScore(ballots, k)).as("trial " + trial)
                    .isCloseTo(pavScore(ballots, new ProportionalApproval(k, 0).apply(ballots)), org.assertj.core.data.Offset.offset(1e-4));
        }
    }

    @Test
    void ejrCheckAgreesWithTheDefinitionByBruteForce() {
        // the definition of Aziz et al. 2017 checked over every group of voters, on seeded random profiles
        Random random = new Random(7L);
        int violations = 0;
        for (int trial = 0; trial < 300; trial++) {
            int m = 3 + random.nextInt(3);
            int voters = 2 + random.nextInt(7);
            boolean[][] approves = new boolean[voters][m];
            Ballots.Builder real = Ballots.builder();
            for (int c = 0; c < m; c++) {
                real.candidate(String.valueOf((char) ('a' + c)));
            }
            for (int v = 0; v < voters; v++) {
                for (int c = 0; c < m; c++) {
                    approves[v][c] = random.nextDouble() < 0.5;
                }
                boolean[] row = approves[v];
                int[] approved = IntStream.range(0, m).filter(c -> row[c]).toArray();
                real.add(approved.length == 0 ? new int[0][] : new int[][] {approved}, 1);
            }
            int k = 1 + random.nextInt(m);
            List<Integer> shuffled = new ArrayList<>(IntStream.range(0, m).boxed().toList());
            java.util.Collections.shuffle(shuffled, random);
            int[] committee = shuffled.stream().limit(k).mapToInt(Integer::intValue).toArray();
            boolean expected = satisfiesEjrByDefinition(approves, committee);
            JustifiedRepresentation check = JustifiedRepresentation.check(real.build(), committee);
            assertThat(check.satisfied()).as("trial " + trial).isEqualTo(expected);
            violations += expected ? 0 : 1;
        }
        assertThat(violations).isGreaterThan(3);
    }

    private static boolean satisfiesEjrByDefinition(boolean[][] approves, int[] committee) {
        int n = approves.length;
        int m = approves[0].length;
        int k = committee.length;
        for (int group = 1; group < 1 << n; group++) {
            int size = Integer.bitCount(group);
            int common = 0;
            for (int c = 0; c < m; c++) {
                boolean all = true;
                for (int v = 0; v < n; v++) {
                    all &= (group >> v & 1) == 0 || approves[v][c];
                }
                common += all ? 1 : 0;
            }
            int minSatisfaction = Integer.MAX_VALUE;
            for (int v = 0; v < n; v++) {
                if ((group >> v & 1) == 1) {
                    int satisfaction = 0;
                    for (int c : committee) {
                        satisfaction += approves[v][c] ? 1 : 0;
                    }
                    minSatisfaction = Math.min(minSatisfaction, satisfaction);
                }
            }
            for (int ell = 1; ell <= Math.min(k, common); ell++) {
                // ℓ-cohesive: size ≥ ℓ·n/k, i.e. size·k ≥ ℓ·n; some member must have ≥ ℓ
                if ((long) size * k >= (long) ell * n && minSatisfaction < ell) {
                    boolean everyoneBelow = true;
                    for (int v = 0; v < n; v++) {
                        if ((group >> v & 1) == 1) {
                            int satisfaction = 0;
                            for (int c : committee) {
                                satisfaction += approves[v][c] ? 1 : 0;
                            }
                            everyoneBelow &= satisfaction < ell;
                        }
                    }
                    if (everyoneBelow) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The PAV score of the result's first committee, as its explanation states (to 4 decimals). */
    private static double pavScore(Ballots ballots, VoteResult result) {
        String text = notes(result);
        int at = text.indexOf("of the optimal committee");
        String tail = text.substring(text.indexOf(": ", at) + 2);
        return Double.parseDouble(tail.substring(0, tail.indexOf(' ')));
    }

    /** The best PAV score over all committees of size k, by brute force. */
    private static double bestScore(Ballots ballots, int k) {
        ApprovalProfile profile = ApprovalProfile.of(ballots, 0, "test");
        double best = Double.NEGATIVE_INFINITY;
        int m = ballots.candidateCount();
        for (int mask = 0; mask < 1 << m; mask++) {
            if (Integer.bitCount(mask) == k) {
                int chosen = mask;
                best = Math.max(best, profile.pavScore(IntStream.range(0, m).filter(c -> (chosen >> c & 1) == 1).toArray()));
            }
        }
        return best;
    }

    @Test
    void registryNamesAndParameters() {
        assertThat(Registries.rules().names()).contains("approval", "pav", "seq-pav", "phragmen", "equal-shares", "stv");
        assertThatThrownBy(() -> Registries.rules().create("pav", Map.of("seats", "2", "approve-top", "0")))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("approve-top");
        List<String> multi = new ArrayList<>();
        for (String name : List.of("pav", "seq-pav", "phragmen", "equal-shares", "stv")) {
            if (Registries.rules().entry(name).traits().contains("multi-winner")) {
                multi.add(name);
            }
        }
        assertThat(multi).hasSize(5);
        assertThat(Registries.rules().entry("pav").parameters()).extracting(Parameter::name)
                .containsExactly("seats", "approve-top");
    }
}
