package dev.ordinal.io;

import dev.ordinal.vote.Ballots;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Ways for the ballot tests to feed text to {@link BallotFiles} and to compare profiles. */
final class BallotInputs {
    private BallotInputs() {
    }

    /** Reads {@code content} as if it were a file called {@code name}. */
    static LoadedBallots text(String name, String content, BallotReadOptions options) {
        return BallotFiles.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name, options);
    }

    static LoadedBallots text(String name, String content) {
        return text(name, content, BallotReadOptions.defaults());
    }

    /**
     * The profile as a map from each distinct ballot, written {@code a>b=c} by candidate id (score
     * ballots as {@code a:7 b:3}, unscored candidates left out), to its weight: equal maps mean
     * the same ballots whatever order they were read in.
     */
    static Map<String, Double> summary(Ballots ballots) {
        Map<String, Double> summary = new TreeMap<>();
        for (int b = 0; b < ballots.size(); b++) {
            summary.merge(describe(ballots, b), ballots.weight(b), Double::sum);
        }
        return summary;
    }

    static String describe(Ballots ballots, int b) {
        List<String> parts = new ArrayList<>();
        if (ballots.hasScores()) {
            for (int c = 0; c < ballots.candidateCount(); c++) {
                if (!Double.isNaN(ballots.score(b, c))) {
                    parts.add(ballots.candidates().id(c) + ":" + ballots.score(b, c));
                }
            }
            return String.join(" ", parts);
        }
        for (int[] group : ballots.groups(b)) {
            List<String> ids = new ArrayList<>();
            for (int c : group) {
                ids.add(ballots.candidates().id(c));
            }
            parts.add(String.join("=", ids));
        }
        return String.join(">", parts);
    }
}
