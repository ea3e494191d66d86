package dev.ordinal.metric;

import dev.ordinal.audit.Label;
import dev.ordinal.judgment.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The majority verdict of a multi-judge source (a crowd) per unit, so that a single judge can be
 * compared with it. Each label votes for a, b or tie in the unit's canonical item order
 * ({@link Verdict}; both-bad votes tie); the verdict with the most votes wins. When two or three
 * verdicts share the most votes (2 for a, 2 for b; or 1 a, 1 b, 1 tie) the vote is tied, and
 * {@link TiedVote} decides: the unit's majority is a tie, or the unit is left out.
 */
public final class Majority {

    /** What a unit's majority is when the vote is tied. */
    public enum TiedVote {
        /** The majority verdict is a tie: the crowd could not decide. */
        TIE,
        /** The unit has no majority and is left out. */
        EXCLUDE
    }

    private Majority() {
    }

    /**
     * One label per unit: the majority verdict, shown in canonical item order (the lesser id on
     * the left), from judge {@code majority} of the labels' source, in the order units first appear.
     *
     * @throws IllegalArgumentException when {@code labels} is empty or a unit's labels compare different items
     */
    public static List<Label> of(List<Label> labels, TiedVote tiedVote) {
        LabelUnits units = LabelUnits.of(labels, "the source to take the majority of");
        List<Label> result = new ArrayList<>();
        for (Map.Entry<String, List<Label>> unit : units.byUnit().entrySet()) {
            int[] votes = new int[Verdict.values().length];
            for (Label label : unit.getValue()) {
                votes[Verdict.of(label).ordinal()]++;
            }
            int most = Math.max(votes[0], Math.max(votes[1], votes[2]));
            int leaders = 0;
            Verdict winner = Verdict.TIE;
            for (Verdict verdict : Verdict.values()) {
                if (votes[verdict.ordinal()] == most) {
                    leaders++;
                    winner = verdict;
                }
            }
            if (leaders > 1) {
                if (tiedVote == TiedVote.EXCLUDE) {
                    continue;
                }
                winner = Verdict.TIE;
            }
            Label first = unit.getValue().get(0);
            Outcome outcome = switch (winner) {
                case A -> Outcome.A;
                case B -> Outcome.B;
                case TIE -> Outcome.TIE;
            };
            result.add(new Label(units.name(), "majority", unit.getKey(), first.context(), Verdict.firstItem(first),
                    Verdict.secondItem(first), outcome));
        }
        return result;
    }
}
