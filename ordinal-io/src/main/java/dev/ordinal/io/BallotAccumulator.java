package dev.ordinal.io;

import dev.ordinal.vote.Ballots;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks ballots and collects them into one {@link Ballots} profile, across every file of a read
 * (candidates are the union of the files'). A profile holds either ranked ballots (weak orders,
 * approvals) or score ballots; the first ballot kept decides, and a ballot of the other kind is
 * an invalid record that names where the first one was.
 */
final class BallotAccumulator implements RankingSink {
    private final Ballots.Builder ballots = Ballots.builder();
    private ReadTally tally;
    private String firstKind;
    private String firstAt;

    /** The file being read from now on: errors and counts go to its tally. */
    void source(ReadTally sourceTally) {
        this.tally = sourceTally;
    }

    @Override
    public void item(String id) {
        ballots.candidate(id);
    }

    /** Adds {@code count} ranked ballots; a ballot may rank nobody (it then only adds weight). */
    @Override
    public void add(long line, String field, List<List<String>> groups, Optional<String> judge, double weight, long count) {
        if (RankingAccumulator.wellFormed(tally, line, field, groups, count) && sameKind(line, field, "ranked", count)) {
            ballots.add(groups, weight * count);
            tally.kept(count);
        }
    }

    /** Adds {@code count} score ballots; a candidate missing from {@code scores} has no score. */
    void addScores(long line, String field, Map<String, Double> scores, double weight, long count) {
        if (sameKind(line, field, "score", count)) {
            ballots.addScores(scores, weight * count);
            tally.kept(count);
        }
    }

    private boolean sameKind(long line, String field, String kind, long count) {
        if (firstKind == null) {
            firstKind = kind;
            firstAt = tally.source() + ":" + line;
            return true;
        }
        if (firstKind.equals(kind)) {
            return true;
        }
        tally.reject(tally.error(line, field.isEmpty() ? null : field, null, "a " + kind + " ballot, but the ballot at " + firstAt + " is a "
                        + firstKind + " ballot", firstKind + " ballots only: one profile cannot mix score ballots and"
                        + " ranked ballots", "mixed ballot kinds"), count);
        return false;
    }

    Ballots build() {
        return ballots.build();
    }
}
