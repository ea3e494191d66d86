package dev.ordinal.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads judgments from JSON (RFC 8259): either one array of objects, streamed object by object
 * (the FastChat / LMArena battle export), or JSON Lines (jsonlines.org: one object per line,
 * blank lines ignored). Pairwise records are objects with the keys named by
 * {@link PairwiseColumns}; values may be strings or numbers. Ranking records are
 * <code>{"ranking": [["x"], ["y", "z"]], "judge": "...", "weight": 1}</code>, where an element
 * may also be a single item (so a flat list is a strict ranking).
 */
final class JsonJudgmentReader {
    private static final String RANKING = "ranking";

    /** Which kind of records an input holds; {@code DECIDE} lets its first record tell. */
    enum Kind { PAIRWISE, RANKINGS, DECIDE }

    private final Kind kind;
    private final Optional<PairwiseColumns> requested;
    private final ReadTally tally;
    private final PairwiseSink sink;
    private PairwiseAccumulator pairwise;
    private String[] pairwiseKeys;
    private RankingAccumulator rankings;

    private JsonJudgmentReader(Kind kind, Optional<PairwiseColumns> requested, ReadTally tally, PairwiseSink sink) {
        this.kind = kind;
        this.requested = requested;
        this.tally = tally;
        this.sink = sink;
    }

    /** JSON Lines: a malformed line is an invalid record, so skipInvalid can skip it. */
    static LoadedJudgments readLines(InputStream in, Kind kind, Optional<PairwiseColumns> columns, ReadTally tally) {
        TableSink table = new TableSink();
        JsonJudgmentReader reader = new JsonJudgmentReader(kind, columns, tally, table);
        JsonRecords.streamLines(in, tally, reader::accept);
        return reader.finish(table);
    }

    /** One JSON array of objects, streamed; malformed JSON cannot be resynchronised and always fails. */
    static LoadedJudgments readArray(InputStream in, Kind kind, Optional<PairwiseColumns> columns, ReadTally tally) {
        TableSink table = new TableSink();
        JsonJudgmentReader reader = new JsonJudgmentReader(kind, columns, tally, table);
        JsonRecords.streamArray(in, tally, tally::nothingFound, reader::accept);
        return reader.finish(table);
    }

    /**
     * Pairwise records only, as JSON Lines ({@code array} false) or one array, streamed to
     * {@code sink}; the caller finishes the tally.
     */
    static void readPairwise(InputStream in, boolean array, Optional<PairwiseColumns> columns, ReadTally tally,
                             PairwiseSink sink) {
        JsonJudgmentReader reader = new JsonJudgmentReader(Kind.PAIRWISE, columns, tally, sink);
        if (array) {
            JsonRecords.streamArray(in, tally, tally::nothingFound, reader::accept);
        } else {
            JsonRecords.streamLines(in, tally, reader::accept);
        }
    }

    private void accept(long line, JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            tally.records(1);
            tally.reject(tally.error(line, null, null, "the record is not a JSON object", "a JSON object",
                    "not an object"), 1);
            return;
        }
        if (pairwise == null && rankings == null) {
            start(line, object);
        }
        if (rankings != null) {
            acceptRanking(line, object);
        } else {
            acceptPairwise(line, object);
        }
    }

    /** The first object decides what the input holds and, for pairwise records, which keys matter. */
    private void start(long line, ObjectNode first) {
        if (kind == Kind.RANKINGS || (kind == Kind.DECIDE && first.has(RANKING))) {
            rankings = new RankingAccumulator(tally);
            return;
        }
        List<String> keys = new ArrayList<>();
        first.fieldNames().forEachRemaining(keys::add);
        PairwiseColumns columns = requested.orElseGet(() -> PairwiseColumns.detect(keys).orElseThrow(() ->
                tally.error(line, null, null, "cannot tell which keys hold the judgments from the keys " + keys,
                        "model_a, model_b, winner (arena battles), left, right, winner (LLMFAO), or ranking;"
                                + " otherwise name the keys with --a, --b, --winner and the verdict values with --outcomes",
                        "unknown columns")));
        pairwise = new PairwiseAccumulator(columns, tally, sink);
        pairwiseKeys = pairwise.fieldColumns();
    }

    private void acceptPairwise(long line, ObjectNode object) {
        String[] fields = new String[pairwiseKeys.length];
        try {
            for (int field = 0; field < fields.length; field++) {
                fields[field] = pairwiseKeys[field].isEmpty() ? "" : scalar(tally, line, object, pairwiseKeys[field]);
            }
        } catch (InputException e) {
            tally.records(1);
            tally.reject(e, 1);
            return;
        }
        pairwise.add(line, fields);
    }

    private void acceptRanking(long line, ObjectNode object) {
        tally.records(1);
        try {
            List<List<String>> groups = groups(tally, line, RANKING, object.get(RANKING));
            String judge = scalar(tally, line, object, "judge");
            String weightText = scalar(tally, line, object, "weight");
            double weight = weightText.isEmpty() ? 1.0 : tally.weight(line, "weight", weightText);
            rankings.add(line, RANKING, groups, judge.isEmpty() ? Optional.empty() : Optional.of(judge), weight, 1);
        } catch (InputException e) {
            tally.reject(e, 1);
        }
    }

    /**
     * The tied groups of a ranking value, best first: an array whose elements are item ids (a group
     * of one) or arrays of item ids (a tied group). Shared with the ballot reader.
     *
     * @throws InputException when the value is missing or not such an array
     */
    static List<List<String>> groups(ReadTally tally, long line, String field, JsonNode ranking) {
        if (ranking == null || ranking.isNull()) {
            throw tally.error(line, field, null, "missing value",
                    "an array of items or of tied groups of items", "missing field");
        }
        if (!ranking.isArray()) {
            throw tally.error(line, field, ranking.toString(), "'" + ranking + "' is not an array",
                    "an array of items or of tied groups of items", "bad value");
        }
        List<List<String>> groups = new ArrayList<>();
        for (JsonNode element : ranking) {
            if (element.isArray()) {
                List<String> group = new ArrayList<>();
                for (JsonNode item : element) {
                    group.add(item(tally, line, field, item));
                }
                groups.add(group);
            } else {
                groups.add(List.of(item(tally, line, field, element)));
            }
        }
        return groups;
    }

    /** The id of an item given as a string or a number. */
    static String item(ReadTally tally, long line, String field, JsonNode item) {
        if (!(item.isTextual() || item.isNumber())) {
            throw tally.error(line, field, item.toString(), "'" + item + "' is not an item id",
                    "a string or a number, or an array of them for a tied group", "bad value");
        }
        return item.asText();
    }

    /** The text of a string or number value; "" when the key is absent or null. */
    static String scalar(ReadTally tally, long line, ObjectNode object, String key) {
        JsonNode value = object.get(key);
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isTextual() || value.isNumber()) {
            return value.asText();
        }
        throw tally.error(line, key, value.toString(), "'" + value + "' is not a string or a number",
                "a string or a number", "bad value");
    }

    private LoadedJudgments finish(TableSink table) {
        if (rankings != null) {
            return new LoadedRankings(rankings.build(), tally.finish());
        }
        if (pairwise != null) {
            return new LoadedPairwise(table.build(), tally.finish());
        }
        throw tally.nothingFound();
    }
}
