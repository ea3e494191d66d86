package dev.ordinal.vote;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The result of an approval committee rule: the winning committees (several when ties leave more
 * than one possible), their union as the winners, the EJR verdict on each committee, and the
 * rule's own trace.
 */
final class CommitteeReport {
    /** How many tied committees the explanation lists and checks for EJR. */
    private static final int SHOWN = 10;

    private CommitteeReport() {
    }

    /** One run of a sequential rule: the candidates in order of selection and one trace row per selection. */
    record Selection(int[] order, List<List<String>> rows) {
    }

    /** The result of a sequential rule from its runs under every tie resolution; the trace is the first run's. */
    static VoteResult sequential(String rule, ApprovalProfile profile, int seats,
            TieResolutions.Outcome<Selection> outcome, String title, List<String> columns) {
        List<int[]> committees = TieResolutions.distinctSets(outcome.runs().stream().map(Selection::order).toList());
        Selection first = outcome.runs().get(0);
        Explanation trace = Explanation.builder().table(title, columns, first.rows()).build();
        return build(rule, profile, seats, committees, outcome.complete() ? null : "Ties were explored for "
                + TieResolutions.LIMIT + " tie-breaking orders only; other committees may also be possible.", trace);
    }

    /** The names of the tied candidates other than {@code chosen}, or "" when there are none. */
    static String tiedWith(ApprovalProfile profile, int[] tied, int chosen) {
        List<String> others = new ArrayList<>();
        for (int c : tied) {
            if (c != chosen) {
                others.add(profile.candidates.name(c));
            }
        }
        return String.join(", ", others);
    }

    /**
     * @param committees the distinct winning committees, each sorted ascending
     * @param incomplete why other tied committees may exist beyond those given, or {@code null}
     * @param trace how the first committee was found
     */
    static VoteResult build(String rule, ApprovalProfile profile, int seats, List<int[]> committees, String incomplete,
            Explanation trace) {
        boolean[] winning = new boolean[profile.candidateCount];
        for (int[] committee : committees) {
            for (int c : committee) {
                winning[c] = true;
            }
        }
        int[] winners = IntStream.range(0, profile.candidateCount).filter(c -> winning[c]).toArray();
        VoteResult.Builder result = VoteResult.builder(rule, profile.candidates).seats(seats).winners(winners);
        if (committees.size() == 1) {
            result.note("Committee of " + seats + ": " + profile.names(committees.get(0)) + ".");
        } else {
            StringBuilder text = new StringBuilder("Tie: " + committees.size() + " committees of " + seats
                    + " are possible depending on how ties are broken, so the winners are all "
                    + winners.length + " candidates that sit on one of them:");
            for (int i = 0; i < Math.min(SHOWN, committees.size()); i++) {
                text.append(i == 0 ? " " : "; ").append(profile.names(committees.get(i)));
            }
            result.note(text.append(committees.size() > SHOWN ? "; ..." : "").append('.').toString());
        }
        if (incomplete != null) {
            result.note(incomplete);
        }
        for (int i = 0; i < Math.min(SHOWN, committees.size()); i++) {
            result.note(JustifiedRepresentation.check(profile, committees.get(i)).describe(profile, committees.get(i)));
        }
        return result.explain(trace).build();
    }
}
