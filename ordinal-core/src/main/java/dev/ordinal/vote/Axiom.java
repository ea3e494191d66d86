package dev.ordinal.vote;

import dev.ordinal.error.InvalidParameterException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A property of voting rules that {@link AxiomSearch} looks for counter-examples to. Winners are
 * sets (a rule may tie), so each axiom states how it reads a set of winners. Profiles are
 * anonymous multisets of strict rankings; the definitions follow Felsenthal, "Review of paradoxes
 * afflicting procedures for electing a single candidate" (2012), and Tideman, "Independence of
 * clones as a criterion for voting rules" (1987), read for sets of winners as below.
 */
public enum Axiom {
    /** A Condorcet winner (beats every other candidate by a strict majority) is the only winner. */
    CONDORCET_WINNER("condorcet-winner", "a Condorcet winner is the only winner") {
        @Override
        Optional<Violation> check(CachedRule rule, int[] counts, int[] winners) {
            int condorcet = rule.rankings().ballots(counts).majority().condorcetWinner();
            if (condorcet < 0 || (winners.length == 1 && winners[0] == condorcet)) {
                return Optional.empty();
            }
            return Optional.of(Violation.of(Rankings.name(condorcet) + " is the Condorcet winner, but the winners are "
                    + names(winners)));
        }
    },
    /** The Condorcet loser (beaten by every other candidate by a strict majority) is not a winner. */
    CONDORCET_LOSER("condorcet-loser", "the Condorcet loser is not among the winners") {
        @Override
        Optional<Violation> check(CachedRule rule, int[] counts, int[] winners) {
            int loser = rule.rankings().ballots(counts).majority().condorcetLoser();
            if (loser < 0 || !CachedRule.contains(winners, loser)) {
                return Optional.empty();
            }
            return Optional.of(Violation.of(Rankings.name(loser) + " is the Condorcet loser, but the winners are "
                    + names(winners)));
        }
    },
    /** No winner is Pareto-dominated: no other candidate is ranked above it on every ballot. */
    PARETO("pareto", "no winner is Pareto-dominated (ranked below one same candidate by every voter)") {
        @Override
        Optional<Violation> check(CachedRule rule, int[] counts, int[] winners) {
            Rankings rankings = rule.rankings();
            for (int loser : winners) {
                for (int better = 0; better < rankings.candidates(); better++) {
                    if (better != loser && everyoneRanksAbove(rankings, counts, better, loser)) {
                        return Optional.of(Violation.of("every voter ranks " + Rankings.name(better) + " above "
                                + Rankings.name(loser) + ", yet " + Rankings.name(loser) + " is among the winners "
                                + names(winners)));
                    }
                }
            }
            return Optional.empty();
        }
    },
    /**
     * Raising a winner on one ballot, the other candidates keeping their order, keeps it a winner
     * (it may now share the win, or win alone). Every height of raise is tried on every kind of
     * ballot; raising on several ballots is a sequence of such steps, so the exhaustive search
     * misses nothing by trying one ballot at a time.
     */
    MONOTONICITY("monotonicity", "raising a winner on a ballot keeps it a winner") {
        @Override
        Optional<Violation> check(CachedRule rule, int[] counts, int[] winners) {
            Rankings rankings = rule.rankings();
            for (int winner : winners) {
                for (int t = 0; t < counts.length; t++) {
                    for (int places = 1; counts[t] > 0 && places <= rankings.position(t, winner); places++) {
                        int raised = rankings.raised(t, winner, places);
                        int[] modified = moved(counts, t, raised);
                        int[] after = rule.winners(modified);
                        if (!CachedRule.contains(after, winner)) {
                            return Optional.of(new Violation(Rankings.name(winner) + " wins, but loses once raised",
                                    Optional.of("raised " + Rankings.name(winner) + " on one ballot " + rankings.text(t)
                                            + ", making it " + rankings.text(raised)),
                                    Optional.of(rankings.ballots(modified)), nameList(after)));
                        }
                    }
                }
            }
            return Optional.empty();
        }
    },
    /**
     * Adding a ballot never leaves its voter worse off. With sets of winners the voter is worse off
     * when it ranks every old winner above every new winner: whatever tie-break settles either
     * election, abstaining would have served it better (the no-show paradox of Fishburn and Brams,
     * 1983, in its weakest set-valued form, so every violation reported is a real one).
     */
    PARTICIPATION("participation", "adding a ballot never makes its voter worse off") {
        @Override
        Optional<Violation> check(CachedRule rule, int[] counts, int[] winners) {
            if (winners.length == 0) {
                return Optional.empty();
            }
            Rankings rankings = rule.rankings();
            for (int t = 0; t < counts.length; t++) {
                int[] modified = counts.clone();
                modified[t]++;
                int[] after = rule.winners(modified);
                int worstBefore = 0;
                for (int c : winners) {
                    worstBefore = Math.max(worstBefore, rankings.position(t, c));
                }
                int bestAfter = Integer.MAX_VALUE;
                for (int c : after) {
                    bestAfter = Math.min(bestAfter, rankings.position(t, c));
                }
                if (worstBefore < bestAfter && after.length > 0) {
                    return Optional.of(new Violation("a voter with ranking " + rankings.text(t) + " prefers every winner "
                            + "without its ballot to every winner with it",
                            Optional.of("added one ballot " + rankings.text(t)),
                            Optional.of(rankings.ballots(modified)), nameList(after)));
                }
            }
            return Optional.empty();
        }
    },
    /**
     * Adding a clone of a candidate (a new candidate placed right above or right below it on every
     * ballot) changes neither whether any other candidate wins, nor whether the clone set wins
     * (Tideman 1987, for sets of winners). Voters with the same ranking place the clone on the same
     * side; every assignment of sides to the kinds of ballot is tried when there are at most four
     * kinds, otherwise the clone goes above on every ballot, below on every ballot, and on the other
     * side on one kind of ballot only.
     */
    INDEPENDENCE_OF_CLONES("independence-of-clones", "adding a clone changes neither which others win nor whether "
            + "the clone set wins") {
        @Override
        Optional<Violation> check(CachedRule rule, int[] counts, int[] winners) {
            Rankings rankings = rule.rankings();
            int m = rankings.candidates();
            int[] kinds = IntStream.range(0, counts.length).filter(t -> counts[t] > 0).toArray();
            List<BitSet> sides = cloneSides(kinds.length);
            for (int original = 0; original < m; original++) {
                for (BitSet above : sides) {
                    Ballots cloned = withClone(rankings, counts, kinds, original, above);
                    int[] after = rule.winners(cloned);
                    Optional<String> change = cloneChange(winners, after, original, m);
                    if (change.isPresent()) {
                        String name = Rankings.name(original);
                        List<String> aboveOn = above.stream().mapToObj(k -> rankings.text(kinds[k])).toList();
                        String placement = aboveOn.isEmpty() ? "right below " + name + " on every ballot"
                                : aboveOn.size() == kinds.length ? "right above " + name + " on every ballot"
                                : "right above " + name + " on the ballots " + String.join("; ", aboveOn)
                                        + ", right below it on the others";
                        return Optional.of(new Violation(change.get(),
                                Optional.of("added " + name + "', a clone of " + name + ", " + placement),
                                Optional.of(cloned),
                                Arrays.stream(after).mapToObj(c -> cloned.candidates().name(c)).toList()));
                    }
                }
            }
            return Optional.empty();
        }
    },
    /**
     * When one candidate wins alone, it is not a winner once every ballot is reversed (Saari's
     * reversal symmetry: the best for everyone cannot also be the best when everyone's order is
     * turned upside down).
     */
    REVERSAL_SYMMETRY("reversal-symmetry", "a unique winner is not a winner once every ballot is reversed") {
        @Override
        Optional<Violation> check(CachedRule rule, int[] counts, int[] winners) {
            if (winners.length != 1) {
                return Optional.empty();
            }
            Rankings rankings = rule.rankings();
            int[] reversed = new int[counts.length];
            for (int t = 0; t < counts.length; t++) {
                reversed[rankings.reversed(t)] = counts[t];
            }
            int[] after = rule.winners(reversed);
            if (!CachedRule.contains(after, winners[0])) {
                return Optional.empty();
            }
            return Optional.of(new Violation(Rankings.name(winners[0]) + " is the only winner, and still a winner "
                    + "with every ballot reversed", Optional.of("reversed every ballot"),
                    Optional.of(rankings.ballots(reversed)), nameList(after)));
        }
    };

    private final String label;
    private final String summary;

    Axiom(String label, String summary) {
        this.label = label;
        this.summary = summary;
    }

    /** The name users type, e.g. {@code monotonicity}. */
    public String label() {
        return label;
    }

    /** What the axiom asks, in one line. */
    public String summary() {
        return summary;
    }

    /** The axiom named {@code label}. */
    public static Axiom byLabel(String label) {
        for (Axiom axiom : values()) {
            if (axiom.label.equals(label)) {
                return axiom;
            }
        }
        throw new InvalidParameterException("axioms", label, "one of "
                + String.join(", ", Arrays.stream(values()).map(Axiom::label).toList()));
    }

    /**
     * A violation on the profile with {@code counts[t]} voters casting ranking {@code t}, whose
     * winners under the rule are {@code winners}, or nothing.
     */
    abstract Optional<Violation> check(CachedRule rule, int[] counts, int[] winners);

    /** What went wrong on a profile: why it breaks the axiom, and the modification that showed it. */
    record Violation(String reason, Optional<String> modification, Optional<Ballots> modified,
            List<String> winnersAfter) {
        static Violation of(String reason) {
            return new Violation(reason, Optional.empty(), Optional.empty(), List.of());
        }
    }

    private static List<String> nameList(int[] winners) {
        return Arrays.stream(winners).mapToObj(Rankings::name).toList();
    }

    private static String names(int[] winners) {
        return winners.length == 0 ? "none" : String.join(", ", nameList(winners));
    }

    private static boolean everyoneRanksAbove(Rankings rankings, int[] counts, int better, int worse) {
        for (int t = 0; t < counts.length; t++) {
            if (counts[t] > 0 && rankings.position(t, better) > rankings.position(t, worse)) {
                return false;
            }
        }
        return true;
    }

    private static int[] moved(int[] counts, int from, int to) {
        int[] modified = counts.clone();
        modified[from]--;
        modified[to]++;
        return modified;
    }

    /** Sides for the clone, a set bit for each kind of ballot that puts it above, as {@link #INDEPENDENCE_OF_CLONES} says. */
    private static List<BitSet> cloneSides(int kinds) {
        List<BitSet> sides = new ArrayList<>();
        if (kinds <= 4) {
            for (long mask = 0; mask < 1L << kinds; mask++) {
                sides.add(BitSet.valueOf(new long[] {mask}));
            }
            return sides;
        }
        BitSet all = new BitSet();
        all.set(0, kinds);
        sides.add(new BitSet());
        sides.add(all);
        for (int k = 0; k < kinds; k++) {
            BitSet one = new BitSet();
            one.set(k);
            BitSet allButOne = (BitSet) all.clone();
            allButOne.clear(k);
            sides.add(one);
            sides.add(allButOne);
        }
        return sides;
    }

    /**
     * The profile with candidate {@code original} cloned: the clone, named like it with a prime and
     * numbered last, goes right above it on the kinds of ballot {@code above} lists, right below on
     * the others.
     */
    private static Ballots withClone(Rankings rankings, int[] counts, int[] kinds, int original, BitSet above) {
        int m = rankings.candidates();
        Ballots.Builder builder = Ballots.builder();
        for (int c = 0; c < m; c++) {
            builder.candidate(Rankings.name(c));
        }
        builder.candidate(Rankings.name(original) + "'");
        for (int k = 0; k < kinds.length; k++) {
            int[] order = rankings.order(kinds[k]);
            int[] cloned = new int[m + 1];
            int position = 0;
            for (int c : order) {
                if (c == original && above.get(k)) {
                    cloned[position++] = m;
                }
                cloned[position++] = c;
                if (c == original && !above.get(k)) {
                    cloned[position++] = m;
                }
            }
            builder.add(Rankings.singletons(cloned), counts[kinds[k]]);
        }
        return builder.build();
    }

    /** How cloning {@code original} (as candidate {@code clone}) changed the winners, if it did. */
    private static Optional<String> cloneChange(int[] before, int[] after, int original, int clone) {
        for (int c = 0; c < clone; c++) {
            if (c != original && CachedRule.contains(before, c) != CachedRule.contains(after, c)) {
                return Optional.of(Rankings.name(c) + (CachedRule.contains(before, c) ? " wins, but not once "
                        : " does not win, but does once ") + Rankings.name(original) + " has a clone");
            }
        }
        boolean setBefore = CachedRule.contains(before, original);
        boolean setAfter = CachedRule.contains(after, original) || CachedRule.contains(after, clone);
        if (setBefore != setAfter) {
            String set = "{" + Rankings.name(original) + ", " + Rankings.name(original) + "'}";
            return Optional.of(setBefore ? Rankings.name(original) + " wins, but no member of " + set + " does"
                    : Rankings.name(original) + " does not win, but a member of " + set + " does");
        }
        return Optional.empty();
    }
}
