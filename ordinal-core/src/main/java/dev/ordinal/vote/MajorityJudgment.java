package dev.ordinal.vote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Majority judgment (Balinski &amp; Laraki 2007, "A theory of measuring, electing, and ranking",
 * PNAS 104; 2011, "Majority Judgment", MIT Press): scores are grades, and a candidate's majority
 * grade α is the median of its grades, the lower median when the weights split evenly (the smallest
 * grade g such that grades ≤ g weigh at least half). A grade a ballot does not give counts as the
 * lowest grade given anywhere in the election.
 *
 * <p>Ties between equal majority grades are broken by the majority gauge (Balinski &amp; Laraki 2011,
 * ch. 14; their simplification of the majority value): with p the share of grades above α and q the
 * share below, a candidate is "α+" when p &gt; q, "α−" when p &lt; q, and plain "α" when p = q; α+
 * ranks above α, which ranks above α−; among α+ the larger p ranks higher, among α− the larger q
 * ranks lower. Candidates equal on (α, p, q) tie; the gauge stays defined for fractional ballot
 * weights, unlike the full majority value. Cost O(ballots × candidates × log ballots).
 */
public final class MajorityJudgment implements VotingRule {
    @Override
    public String name() {
        return "majority-judgment";
    }

    @Override
    public Set<Trait> traits() {
        return EnumSet.of(Trait.RANKING, Trait.NEEDS_SCORES);
    }

    /** A candidate's majority grade and gauge. */
    private record Gauge(int candidate, double grade, double above, double below) {
        /** +1 for α+, 0 for α, −1 for α−. */
        int sign() {
            return Double.compare(above, below);
        }

        /** Within a sign class, larger is better. */
        double strength() {
            return sign() > 0 ? above : sign() < 0 ? -below : 0;
        }

        String label() {
            return Explanation.number(grade) + (sign() > 0 ? "+" : sign() < 0 ? "−" : "");
        }
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        RangeVoting.requireScores(ballots, name());
        int m = ballots.candidateCount();
        int n = ballots.size();
        double lowest = Double.POSITIVE_INFINITY;
        for (int b = 0; b < n; b++) {
            for (int c = 0; c < m; c++) {
                double score = ballots.score(b, c);
                if (!Double.isNaN(score)) {
                    lowest = Math.min(lowest, score);
                }
            }
        }
        if (Double.isInfinite(lowest)) {
            lowest = 0;
        }
        double total = ballots.totalWeight();
        Gauge[] gauges = new Gauge[m];
        double[] grades = new double[n];
        Integer[] byGrade = new Integer[n];
        for (int c = 0; c < m; c++) {
            for (int b = 0; b < n; b++) {
                double score = ballots.score(b, c);
                grades[b] = Double.isNaN(score) ? lowest : score;
                byGrade[b] = b;
            }
            Arrays.sort(byGrade, Comparator.comparingDouble(b -> grades[b]));
            double cumulative = 0;
            double median = Double.NaN;
            for (int b : byGrade) {
                cumulative += ballots.weight(b);
                if (cumulative >= total / 2 && ballots.weight(b) > 0) {
                    median = grades[b];
                    break;
                }
            }
            double above = 0;
            double below = 0;
            for (int b = 0; b < n; b++) {
                if (grades[b] > median) {
                    above += ballots.weight(b);
                } else if (grades[b] < median) {
                    below += ballots.weight(b);
                }
            }
            gauges[c] = new Gauge(c, median, total > 0 ? above / total : 0, total > 0 ? below / total : 0);
        }
        Comparator<Gauge> better = Comparator.comparingDouble(Gauge::grade).thenComparingInt(Gauge::sign)
                .thenComparingDouble(Gauge::strength).reversed();
        Gauge[] sorted = gauges.clone();
        Arrays.sort(sorted, better);
        List<int[]> ranking = new ArrayList<>();
        List<Integer> group = new ArrayList<>();
        for (int i = 0; i < sorted.length; i++) {
            group.add(sorted[i].candidate());
            if (i + 1 == sorted.length || better.compare(sorted[i], sorted[i + 1]) != 0) {
                ranking.add(group.stream().mapToInt(Integer::intValue).sorted().toArray());
                group.clear();
            }
        }
        double[] majorityGrades = new double[m];
        List<List<String>> rows = new ArrayList<>();
        for (Gauge gauge : sorted) {
            majorityGrades[gauge.candidate()] = gauge.grade();
            rows.add(List.of(ballots.candidates().name(gauge.candidate()), Explanation.number(gauge.grade()),
                    Explanation.number(gauge.above()), Explanation.number(gauge.below()), gauge.label()));
        }
        return VoteResult.builder(name(), ballots.candidates())
                .scores("majority grade", majorityGrades)
                .ranking(ranking)
                .note("A missing grade counts as the lowest grade given: " + Explanation.number(lowest) + ".")
                .table("Majority grades (lower median) and gauges, best first",
                        List.of("candidate", "majority grade α", "share above α (p)", "share below α (q)", "gauge"), rows)
                .build();
    }
}
