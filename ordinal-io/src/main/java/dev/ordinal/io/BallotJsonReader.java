package dev.ordinal.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads ballots from JSON Lines (jsonlines.org), one object per ballot with exactly one of
 * <code>"ranking": [["a"], ["b", "c"]]</code> (tied groups best first; an element may be a single
 * candidate, so {@code ["a", "b"]} is a strict order), <code>"scores": {"a": 7, "b": 3}</code>
 * (a missing or null score is no score) or <code>"approved": ["a", "c"]</code>, and optionally
 * {@code count} (whole number of identical ballots) and {@code weight} (per ballot). Other keys,
 * such as the {@code judge} of the rankings JSON Lines, are ignored, so those files read as ballots.
 */
final class BallotJsonReader {
    private static final String RANKING = "ranking";
    private static final String SCORES = "scores";
    private static final String APPROVED = "approved";
    private static final String EXPECTED_KIND = "exactly one of \"ranking\", \"scores\", \"approved\"";

    private final ReadTally tally;
    private final BallotAccumulator ballots;

    private BallotJsonReader(ReadTally tally, BallotAccumulator ballots) {
        this.tally = tally;
        this.ballots = ballots;
    }

    static void read(InputStream in, ReadTally tally, BallotAccumulator ballots) {
        BallotJsonReader reader = new BallotJsonReader(tally, ballots);
        JsonRecords.streamLines(in, tally, reader::accept);
    }

    private void accept(long line, JsonNode node) {
        long count;
        try {
            if (!(node instanceof ObjectNode)) {
                throw tally.error(line, null, null, "the record is not a JSON object", "a JSON object", "not an object");
            }
            String countText = JsonJudgmentReader.scalar(tally, line, (ObjectNode) node, "count");
            count = countText.isEmpty() ? 1 : tally.count(line, "count", countText);
        } catch (InputException e) {
            tally.records(1);
            tally.reject(e, 1);
            return;
        }
        tally.records(count);
        ObjectNode object = (ObjectNode) node;
        try {
            String weightText = JsonJudgmentReader.scalar(tally, line, object, "weight");
            double weight = weightText.isEmpty() ? 1.0 : tally.weight(line, "weight", weightText);
            List<String> kinds = new ArrayList<>();
            for (String key : List.of(RANKING, SCORES, APPROVED)) {
                if (object.hasNonNull(key)) {
                    kinds.add(key);
                }
            }
            if (kinds.size() != 1) {
                throw tally.error(line, null, null, kinds.isEmpty() ? "the ballot has none of the keys"
                        : "the ballot has the keys " + kinds, EXPECTED_KIND, kinds.isEmpty() ? "missing field" : "bad ballot");
            }
            switch (kinds.get(0)) {
                case RANKING -> ballots.add(line, RANKING, JsonJudgmentReader.groups(tally, line, RANKING, object.get(RANKING)),
                        Optional.empty(), weight, count);
                case SCORES -> ballots.addScores(line, SCORES, scores(line, object.get(SCORES)), weight, count);
                default -> ballots.add(line, APPROVED, approved(line, object.get(APPROVED)), Optional.empty(), weight, count);
            }
        } catch (InputException e) {
            tally.reject(e, count);
        }
    }

    private Map<String, Double> scores(long line, JsonNode value) {
        if (!value.isObject()) {
            throw tally.error(line, SCORES, value.toString(), "'" + value + "' is not an object",
                    "an object from candidate to score, e.g. {\"a\": 7, \"b\": 3}", "bad value");
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) value::fields) {
            JsonNode score = entry.getValue();
            if (score.isNull()) {
                continue;
            }
            if (!score.isNumber() || !Double.isFinite(score.asDouble())) {
                throw tally.error(line, SCORES, score.toString(), "the score of '" + entry.getKey() + "', " + score
                        + ", is not a number", "a finite number (higher is better), or null for no score", "bad score");
            }
            scores.put(entry.getKey(), score.asDouble());
        }
        return scores;
    }

    private List<List<String>> approved(long line, JsonNode value) {
        if (!value.isArray()) {
            throw tally.error(line, APPROVED, value.toString(), "'" + value + "' is not an array",
                    "an array of the approved candidates", "bad value");
        }
        List<String> approved = new ArrayList<>();
        for (JsonNode candidate : value) {
            approved.add(JsonJudgmentReader.item(tally, line, APPROVED, candidate));
        }
        return approved.isEmpty() ? List.of() : List.of(approved);
    }
}
