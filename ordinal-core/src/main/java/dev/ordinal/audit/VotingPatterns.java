package dev.ordinal.audit;

import dev.ordinal.judgment.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Voting patterns that no honest voter produces by chance: the same unit voted more than once,
 * one answer every time (always left, always right, always a tie), strict alternation between
 * two answers, votes faster than a person can read, and two voters casting identical sequences
 * of votes. Each is a rule over the voter's own votes in time order (the order of the labels),
 * no model needed; a voter is a distinct source and judge. Cost: O(labels log labels).
 */
public final class VotingPatterns {
    /** What was found. */
    public enum Kind {
        /** A unit the voter voted on more than once. */
        DUPLICATE_VOTES,
        /** Every vote for the left side. */
        ALWAYS_LEFT,
        /** Every vote for the right side. */
        ALWAYS_RIGHT,
        /** Every vote a tie (or both bad). */
        ALWAYS_TIE,
        /** Two answers in strict turn: left, right, left, right… */
        ALTERNATING,
        /** Half or more of the gaps between consecutive votes shorter than the fastest plausible vote. */
        TOO_FAST,
        /** The same sequence of (unit, verdict) as another voter's. */
        SHARED_SEQUENCE
    }

    /**
     * One pattern of one voter.
     *
     * @param source the voter's source
     * @param judge  the voter
     * @param kind   the pattern
     * @param votes  how many votes show it (extra duplicate votes, the run's length, the fast gaps, the shared votes)
     * @param detail what a person reads, e.g. {@code unit 'u17' voted 3 times}
     */
    public record Finding(String source, String judge, Kind kind, int votes, String detail) {
    }

    private final int minimumRun;
    private final double fastestPlausibleSeconds;

    /**
     * @param minimumRun              the fewest votes a voter must cast before a one-answer, alternating or
     *                                shared sequence counts as a pattern (a short run happens by chance)
     * @param fastestPlausibleSeconds the shortest plausible time between two votes by one person
     */
    public VotingPatterns(int minimumRun, double fastestPlausibleSeconds) {
        if (minimumRun < 2) {
            throw new IllegalArgumentException("a pattern needs at least 2 votes, got a minimum run of " + minimumRun);
        }
        if (!(fastestPlausibleSeconds >= 0) || Double.isInfinite(fastestPlausibleSeconds)) {
            throw new IllegalArgumentException("the fastest plausible vote must be a finite number of seconds >= 0, got "
                    + fastestPlausibleSeconds);
        }
        this.minimumRun = minimumRun;
        this.fastestPlausibleSeconds = fastestPlausibleSeconds;
    }

    /** Runs of at least 10 votes; votes less than 2 seconds apart are too fast. */
    public static VotingPatterns defaults() {
        return new VotingPatterns(10, 2);
    }

    /** Every pattern except {@link Kind#TOO_FAST}, which needs times. */
    public List<Finding> find(List<Label> labels) {
        return find(labels, null);
    }

    /**
     * Every pattern, with {@code epochMillis[k]} the time label k was given.
     *
     * @throws IllegalArgumentException when there is not one time per label
     */
    public List<Finding> find(List<Label> labels, long[] epochMillis) {
        if (epochMillis != null && epochMillis.length != labels.size()) {
            throw new IllegalArgumentException("expected one time per label, " + labels.size() + ", got "
                    + epochMillis.length);
        }
        Map<List<String>, List<Integer>> byVoter = new LinkedHashMap<>();
        for (int k = 0; k < labels.size(); k++) {
            Label label = labels.get(k);
            byVoter.computeIfAbsent(List.of(label.source(), label.judge()), key -> new ArrayList<>()).add(k);
        }
        List<Finding> findings = new ArrayList<>();
        Map<List<String>, List<List<String>>> votersBySequence = new LinkedHashMap<>();
        byVoter.forEach((voter, indices) -> {
            List<Label> votes = indices.stream().map(labels::get).toList();
            duplicates(voter, votes, findings);
            scripted(voter, votes, findings);
            if (epochMillis != null) {
                tooFast(voter, indices.stream().mapToLong(k -> epochMillis[k]).toArray(), findings);
            }
            if (votes.size() >= minimumRun) {
                List<String> sequence = votes.stream().map(v -> v.unit() + "\u0000" + answer(v.outcome())).toList();
                votersBySequence.computeIfAbsent(sequence, key -> new ArrayList<>()).add(voter);
            }
        });
        votersBySequence.forEach((sequence, voters) -> {
            if (voters.size() < 2) {
                return;
            }
            for (List<String> voter : voters) {
                String others = voters.stream().filter(other -> other != voter).map(VotingPatterns::name)
                        .collect(Collectors.joining(", "));
                findings.add(new Finding(voter.get(0), voter.get(1), Kind.SHARED_SEQUENCE, sequence.size(),
                        "the same " + sequence.size() + " votes, in the same order, as " + others));
            }
        });
        return findings;
    }

    private static String name(List<String> voter) {
        return "'" + voter.get(1) + "' (" + voter.get(0) + ")";
    }

    /** Left, right or tie: both-bad counts as a tie. */
    private static Outcome answer(Outcome outcome) {
        return outcome == Outcome.BOTH_BAD ? Outcome.TIE : outcome;
    }

    private static void duplicates(List<String> voter, List<Label> votes, List<Finding> findings) {
        Map<String, Integer> perUnit = new LinkedHashMap<>();
        votes.forEach(vote -> perUnit.merge(vote.unit(), 1, Integer::sum));
        int extra = 0;
        List<String> examples = new ArrayList<>();
        for (var entry : perUnit.entrySet()) {
            if (entry.getValue() > 1) {
                extra += entry.getValue() - 1;
                if (examples.size() < 3) {
                    examples.add("'" + entry.getKey() + "' " + entry.getValue() + " times");
                }
            }
        }
        if (extra > 0) {
            findings.add(new Finding(voter.get(0), voter.get(1), Kind.DUPLICATE_VOTES, extra,
                    extra + " repeated vote" + (extra == 1 ? "" : "s") + ", e.g. unit " + String.join(", ", examples)));
        }
    }

    private void scripted(List<String> voter, List<Label> votes, List<Finding> findings) {
        int n = votes.size();
        if (n < minimumRun) {
            return;
        }
        Outcome first = answer(votes.get(0).outcome());
        boolean constant = true;
        boolean alternating = true;
        for (int k = 1; k < n; k++) {
            Outcome current = answer(votes.get(k).outcome());
            constant &= current == first;
            alternating &= current != answer(votes.get(k - 1).outcome())
                    && (k < 2 || current == answer(votes.get(k - 2).outcome()));
        }
        if (constant) {
            Kind kind = switch (first) {
                case A -> Kind.ALWAYS_LEFT;
                case B -> Kind.ALWAYS_RIGHT;
                default -> Kind.ALWAYS_TIE;
            };
            findings.add(new Finding(voter.get(0), voter.get(1), kind, n, "all " + n + " votes the same: "
                    + describe(first)));
        } else if (alternating) {
            findings.add(new Finding(voter.get(0), voter.get(1), Kind.ALTERNATING, n, n + " votes alternating "
                    + describe(first) + " and " + describe(answer(votes.get(1).outcome()))));
        }
    }

    private static String describe(Outcome outcome) {
        return outcome == Outcome.A ? "left" : outcome == Outcome.B ? "right" : "tie";
    }

    private void tooFast(List<String> voter, long[] times, List<Finding> findings) {
        if (times.length < minimumRun) {
            return;
        }
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        int fast = 0;
        for (int k = 1; k < sorted.length; k++) {
            if ((sorted[k] - sorted[k - 1]) / 1000.0 < fastestPlausibleSeconds) {
                fast++;
            }
        }
        int gaps = sorted.length - 1;
        if (2 * fast >= gaps) {
            findings.add(new Finding(voter.get(0), voter.get(1), Kind.TOO_FAST, fast, fast + " of " + gaps
                    + " gaps between votes shorter than " + fastestPlausibleSeconds + " s"));
        }
    }
}
