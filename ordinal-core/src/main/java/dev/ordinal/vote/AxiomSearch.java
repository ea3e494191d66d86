package dev.ordinal.vote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Searches small profiles for a counter-example to an {@link Axiom}, and reports the smallest one
 * found: fewest voters, then fewest candidates.
 *
 * <p>Profiles are anonymous: a count for each strict ranking. Sizes (voters, candidates) are
 * visited in that order. First, every profile of each size with at most
 * {@link SearchLimits#exhaustiveProfiles()} profiles is checked (there are C(n + m! − 1, m! − 1) of
 * n voters over m candidates: 6,188 for 12 voters and 3 candidates, 17,550 for 4 voters and 4),
 * stopping at the first violation. A violation found there, with every smaller size checked
 * before it, is the smallest that exists ({@link CounterExample#minimal()}). Otherwise random
 * profiles follow (impartial culture: each voter draws one of the m! rankings uniformly), only of
 * the sizes left unchecked that are smaller than the best counter-example so far; a violation
 * found at random is shrunk by removing voters one at a time while the axiom still fails.
 * Neutrality is not assumed, so no profile is skipped as a relabelling of another.
 *
 * <p>The search stops when the time budget runs out, whatever it has covered, and says how far it
 * got; when random profiles are asked for, the exhaustive part stops at half the budget to leave
 * them time. A violation is always real; "none found" is proof only for the sizes checked exhaustively.
 */
public final class AxiomSearch {
    private static final int PROGRESS_STEP = 64;

    private final SearchLimits limits;
    private final List<Level> levels = new ArrayList<>();

    /** One size of profile and how many anonymous profiles it has (capped just past the exhaustive limit). */
    private record Level(int voters, int candidates, long profiles) {
    }

    public AxiomSearch(SearchLimits limits) {
        this.limits = limits;
        for (int n = 1; n <= limits.maxVoters(); n++) {
            for (int m = limits.minCandidates(); m <= limits.maxCandidates(); m++) {
                levels.add(new Level(n, m, multisets(n, Rankings.factorial(m), limits.exhaustiveProfiles() + 1)));
            }
        }
    }

    /** The smallest counter-example the search finds, if any (without progress reports). */
    public static Optional<CounterExample> find(VotingRule rule, Axiom axiom, SearchLimits limits) {
        return new AxiomSearch(limits).search(rule, axiom, done -> { }).counterExample();
    }

    /** Why no axiom can be checked for {@code rule}: it needs scores or approvals, which rankings lack. */
    public static Optional<String> notApplicable(VotingRule rule) {
        if (rule.traits().contains(Trait.NEEDS_SCORES)) {
            return Optional.of("rule '" + rule.name() + "' needs cardinal scores; the axioms are about ranked ballots");
        }
        if (rule.traits().contains(Trait.NEEDS_APPROVALS)) {
            return Optional.of("rule '" + rule.name() + "' needs approval ballots; the axioms are about ranked ballots");
        }
        return Optional.empty();
    }

    /** The profiles one search checks at most: every profile of the exhaustive sizes, plus the samples. */
    public long plannedProfiles() {
        return exhaustiveLevels().mapToLong(i -> levels.get(i).profiles()).sum() + limits.samples();
    }

    private IntStream exhaustiveLevels() {
        return IntStream.range(0, levels.size()).filter(i -> levels.get(i).profiles() <= limits.exhaustiveProfiles());
    }

    /**
     * Searches for a counter-example to {@code axiom} under {@code rule}, reporting the number of
     * profiles checked so far to {@code progress} (up to {@link #plannedProfiles()}).
     */
    public AxiomReport search(VotingRule rule, Axiom axiom, LongConsumer progress) {
        Optional<String> reason = notApplicable(rule);
        if (reason.isPresent()) {
            return AxiomReport.notApplicable(axiom, reason.get());
        }
        try {
            return new Run(rule, axiom, progress).execute();
        } catch (VoteException e) {
            return AxiomReport.notApplicable(axiom, e.getMessage());
        }
    }

    /** A violation on a profile of level {@code level}. */
    private record Found(int level, int[] counts, int[] winners, Axiom.Violation violation) {
    }

    /** One search: its clock, its cached rule per candidate count, and what it has covered. */
    private final class Run {
        private final Axiom axiom;
        private final LongConsumer progress;
        private final CachedRule[] rules = new CachedRule[SearchLimits.MAX_CANDIDATES + 1];
        private final long deadline;
        private final long exhaustiveDeadline;
        private final boolean[] covered = new boolean[levels.size()];
        private long profiles;
        private long randomProfiles;
        private boolean timedOut;

        Run(VotingRule rule, Axiom axiom, LongConsumer progress) {
            this.axiom = axiom;
            this.progress = progress;
            for (int m = limits.minCandidates(); m <= limits.maxCandidates(); m++) {
                rules[m] = new CachedRule(rule, new Rankings(m));
            }
            long budget = limits.timeBudget().toNanos();
            deadline = System.nanoTime() + budget;
            exhaustiveDeadline = limits.samples() > 0 ? deadline - budget / 2 : deadline;
        }

        AxiomReport execute() {
            Found best = exhaustive();
            if (best == null || !minimal(best.level())) {
                best = sample(best);
            }
            TreeMap<Integer, Integer> reach = new TreeMap<>();
            for (int m = limits.minCandidates(); m <= limits.maxCandidates(); m++) {
                int voters = 0;
                while (voters < limits.maxVoters() && covered[index(voters + 1, m)]) {
                    voters++;
                }
                reach.put(m, voters);
            }
            return new AxiomReport(axiom, Optional.ofNullable(best).map(this::counterExample), Optional.empty(), reach,
                    profiles, randomProfiles, timedOut);
        }

        /** Every profile of each small enough size, in order of size; the first violation, or null. */
        private Found exhaustive() {
            for (int level : exhaustiveLevels().toArray()) {
                Level size = levels.get(level);
                int[] counts = new int[Rankings.factorial(size.candidates())];
                counts[0] = size.voters();
                do {
                    if (timeUp(exhaustiveDeadline)) {
                        return null;
                    }
                    Found found = check(level, counts);
                    if (found != null) {
                        return found;
                    }
                } while (nextComposition(counts));
                covered[level] = true;
            }
            return null;
        }

        /** Random profiles of the unchecked sizes smaller than {@code best}; the smallest violation then. */
        private Found sample(Found best) {
            UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(limits.seed());
            int[] open = openLevels(best);
            for (int s = 0; s < limits.samples() && open.length > 0 && !timeUp(deadline); s++) {
                int level = open[random.nextInt(open.length)];
                Level size = levels.get(level);
                int[] counts = new int[Rankings.factorial(size.candidates())];
                for (int v = 0; v < size.voters(); v++) {
                    counts[random.nextInt(counts.length)]++;
                }
                randomProfiles++;
                Found found = check(level, counts);
                if (found != null) {
                    best = shrink(found);
                    open = openLevels(best);
                }
            }
            return best;
        }

        private int[] openLevels(Found best) {
            int end = best == null ? levels.size() : best.level();
            return IntStream.range(0, end).filter(level -> !covered[level]).toArray();
        }

        /** Removes voters one at a time while the axiom still fails. */
        private Found shrink(Found found) {
            boolean smaller = true;
            while (smaller && levels.get(found.level()).voters() > 1 && !timeUp(deadline)) {
                smaller = false;
                int[] counts = found.counts();
                Level size = levels.get(found.level());
                for (int t = 0; t < counts.length && !smaller; t++) {
                    if (counts[t] > 0) {
                        int[] fewer = counts.clone();
                        fewer[t]--;
                        Found again = check(index(size.voters() - 1, size.candidates()), fewer);
                        if (again != null) {
                            found = again;
                            smaller = true;
                        }
                    }
                }
            }
            return found;
        }

        private Found check(int level, int[] counts) {
            profiles++;
            if (profiles % PROGRESS_STEP == 0) {
                progress.accept(profiles);
            }
            CachedRule rule = rules[levels.get(level).candidates()];
            int[] winners = rule.winners(counts);
            return axiom.check(rule, counts, winners).map(v -> new Found(level, counts.clone(), winners, v)).orElse(null);
        }

        private boolean timeUp(long until) {
            boolean up = System.nanoTime() - until > 0;
            timedOut |= up;
            return up;
        }

        /** Whether every size before {@code level} was checked exhaustively. */
        private boolean minimal(int level) {
            for (int i = 0; i < level; i++) {
                if (!covered[i]) {
                    return false;
                }
            }
            return true;
        }

        private CounterExample counterExample(Found found) {
            CachedRule rule = rules[levels.get(found.level()).candidates()];
            Axiom.Violation violation = found.violation();
            return new CounterExample(axiom, rule.name(), rule.rankings().ballots(found.counts()),
                    Arrays.stream(found.winners()).mapToObj(Rankings::name).toList(), violation.reason(),
                    violation.modification(), violation.modified(), violation.winnersAfter(), minimal(found.level()));
        }
    }

    private int index(int voters, int candidates) {
        int width = limits.maxCandidates() - limits.minCandidates() + 1;
        return (voters - 1) * width + candidates - limits.minCandidates();
    }

    /**
     * Steps {@code counts} to the next way of spreading its total over its cells (reverse
     * lexicographic order, from everything in the first cell to everything in the last); false
     * after the last.
     */
    static boolean nextComposition(int[] counts) {
        int last = counts.length - 1;
        int i = last - 1;
        while (i >= 0 && counts[i] == 0) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int tail = counts[last];
        counts[last] = 0;
        counts[i]--;
        counts[i + 1] = tail + 1;
        return true;
    }

    /** C(n + k − 1, k − 1), the number of multisets of n out of k kinds, or {@code cap} if that is more. */
    static long multisets(int n, int k, long cap) {
        long count = 1;
        for (int i = 1; i < k && count < cap; i++) {
            try {
                // C(n + i, i) = C(n + i − 1, i − 1) · (n + i) / i, the division exact at every step
                count = Math.multiplyExact(count, n + i) / i;
            } catch (ArithmeticException overflow) {
                return cap;
            }
        }
        return Math.min(count, cap);
    }
}
