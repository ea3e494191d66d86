package dev.ordinal.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ordinal.error.DataException;
import dev.ordinal.rating.Match;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads matches from JSON (RFC 8259), as JSON Lines (jsonlines.org: one object per line, blank
 * lines ignored) or one array of objects streamed object by object. A match record is
 * <code>{"id": "g1", "time": "2024-05-01T12:00:00Z", "teams": [["alice"], ["bob", "carol"]],
 * "ranks": [1, 2], "weights": [[1.0], [1.0, 0.5]]}</code> where {@code scores} (higher is better)
 * may replace {@code ranks} (1 is best), equal ranks or scores are draws, a team may be written
 * as a single player id, and {@code id}, {@code time} and {@code weights} are optional. A battle
 * record is an arena or left/right judgment ({@link PairwiseColumns#detect}), read as a duel.
 */
final class MatchJsonReader {
    private static final String ID = "id";
    private static final String TIME = "time";
    private static final String TEAMS = "teams";
    private static final String RANKING = "ranking";
    private static final String RANKS = "ranks";
    private static final String SCORES = "scores";
    private static final String WEIGHTS = "weights";
    private static final String EXPECTED_TEAMS = "an array of teams, each an array of player ids";
    private static final String EXPECTED_WEIGHT = "a number from 0 (did not play) to 1 (played the whole game)";

    /** Which records an input holds; {@code DECIDE} lets its first object tell (battles have no {@code teams}). */
    enum Kind { MATCHES, BATTLES, DECIDE }

    private final MatchFields fields;
    private Kind kind;
    private Optional<PairwiseColumns> battleColumns = Optional.empty();

    private MatchJsonReader(Kind kind, MatchFields fields) {
        this.kind = kind;
        this.fields = fields;
    }

    /** JSON Lines: a malformed line is an invalid record, so skipInvalid can skip it. */
    static void readLines(InputStream in, Kind kind, MatchFields fields) {
        MatchJsonReader reader = new MatchJsonReader(kind, fields);
        JsonRecords.streamLines(in, fields.tally(), reader::accept);
    }

    /** One JSON array of objects, streamed; malformed JSON cannot be resynchronised and always fails. */
    static void readArray(InputStream in, Kind kind, MatchFields fields) {
        MatchJsonReader reader = new MatchJsonReader(kind, fields);
        JsonRecords.streamArray(in, fields.tally(), fields::noMatches, reader::accept);
    }

    private void accept(long line, JsonNode node) {
        ReadTally tally = fields.tally();
        tally.records(1);
        if (!(node instanceof ObjectNode object)) {
            tally.reject(tally.error(line, null, null, "the record is not a JSON object", "a JSON object",
                    "not an object"), 1);
            return;
        }
        if (kind == Kind.DECIDE) {
            List<String> keys = new ArrayList<>();
            object.fieldNames().forEachRemaining(keys::add);
            kind = !object.has(TEAMS) && PairwiseColumns.detect(keys).isPresent() ? Kind.BATTLES : Kind.MATCHES;
        }
        if (kind == Kind.BATTLES && battleColumns.isEmpty()) {
            battleColumns = Optional.of(battleColumns(line, object));
        }
        try {
            fields.keep(kind == Kind.BATTLES ? battle(line, object, battleColumns.orElseThrow()) : match(line, object));
        } catch (InputException e) {
            tally.reject(e, 1);
        }
    }

    /** The first battle decides which keys matter. */
    private PairwiseColumns battleColumns(long line, ObjectNode first) {
        List<String> keys = new ArrayList<>();
        first.fieldNames().forEachRemaining(keys::add);
        return PairwiseColumns.detect(keys).orElseThrow(() -> fields.error(line, null, null,
                "cannot tell which keys hold the battles from the keys " + keys,
                "model_a, model_b, winner (arena battles) or left, right, winner (LLMFAO)", "unknown columns"));
    }

    private Match battle(long line, ObjectNode object, PairwiseColumns columns) {
        return fields.battle(line, columns, scalar(line, object, columns.a()), scalar(line, object, columns.b()),
                scalar(line, object, columns.winner()),
                columns.time().map(key -> scalar(line, object, key)).orElse(""));
    }

    private Match match(long line, ObjectNode object) {
        String id = scalar(line, object, ID);
        Optional<Instant> time = fields.time(line, TIME, scalar(line, object, TIME));
        if (!object.has(TEAMS) && object.has(RANKING)) {
            return kWiseVote(line, id, time, object.get(RANKING));
        }
        List<List<String>> teams = teams(line, object.get(TEAMS));
        List<Integer> ranks = ranks(line, object, teams.size());
        Optional<List<List<Double>>> weights = weights(line, object.get(WEIGHTS), teams);
        return new Match(id.isEmpty() ? MatchFields.lineId(line) : id, time, teams, ranks, weights);
    }

    /**
     * A K-wise vote in the rankings layout {@code ordinal rank} reads, {@code {"ranking": [["x"],
     * ["y", "z"], ["w"]]}} (tied groups, best first) or a flat {@code ["x", "y"]}: a free-for-all
     * in which every item is its own team and the items of a group tie.
     */
    private Match kWiseVote(long line, String id, Optional<Instant> time, JsonNode ranking) {
        String expected = "an array of items or of tied groups of items, best first";
        if (!ranking.isArray() || ranking.isEmpty()) {
            throw fields.error(line, RANKING, ranking.toString(), "'" + ranking + "' is not a ranking", expected,
                    "bad ranking");
        }
        List<List<String>> teams = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        int group = 0;
        for (JsonNode entry : ranking) {
            group++;
            List<JsonNode> members = new ArrayList<>();
            if (entry.isArray()) {
                entry.forEach(members::add);
            } else {
                members.add(entry);
            }
            if (members.isEmpty()) {
                throw fields.error(line, RANKING, entry.toString(), "a tied group is empty", expected, "bad ranking");
            }
            for (JsonNode member : members) {
                teams.add(List.of(player(line, member)));
                ranks.add(group);
            }
        }
        try {
            return new Match(id.isEmpty() ? MatchFields.lineId(line) : id, time, teams, ranks, Optional.empty());
        } catch (DataException e) {
            throw fields.error(line, RANKING, ranking.toString(), e.getMessage(),
                    "at least two distinct items", "bad ranking");
        }
    }

    private List<List<String>> teams(long line, JsonNode node) {
        if (absent(node)) {
            throw fields.error(line, TEAMS, null, "missing value", EXPECTED_TEAMS, "missing field");
        }
        if (!node.isArray()) {
            throw fields.error(line, TEAMS, node.toString(), "'" + node + "' is not an array", EXPECTED_TEAMS,
                    "bad value");
        }
        List<List<String>> teams = new ArrayList<>();
        Map<String, Integer> teamOfPlayer = new HashMap<>();
        for (JsonNode element : node) {
            int team = teams.size() + 1;
            List<String> players = new ArrayList<>();
            if (element.isArray()) {
                for (JsonNode player : element) {
                    players.add(player(line, player));
                }
            } else if (element.isTextual() || element.isNumber()) {
                players.add(element.asText());
            } else {
                throw fields.error(line, TEAMS, element.toString(), "'" + element + "' is not a team",
                        "an array of player ids, or one player id", "bad value");
            }
            if (players.isEmpty()) {
                throw fields.error(line, TEAMS, null, "team " + team + " is empty", "at least one player in every team",
                        "empty team");
            }
            for (String player : players) {
                Integer earlier = teamOfPlayer.putIfAbsent(player, team);
                if (earlier != null && earlier == team) {
                    throw fields.error(line, TEAMS, player, "player '" + player + "' is listed twice in team " + team,
                            "each player once in a game", "duplicate player");
                }
                if (earlier != null) {
                    throw fields.error(line, TEAMS, player, "player '" + player + "' is in teams " + earlier + " and "
                            + team, "each player in one team", "player in two teams");
                }
            }
            teams.add(players);
        }
        if (teams.size() < 2) {
            throw fields.error(line, TEAMS, node.toString(), "has " + count(teams.size(), "team"),
                    "at least two teams", "one team");
        }
        return teams;
    }

    private String player(long line, JsonNode player) {
        if (!(player.isTextual() || player.isNumber())) {
            throw fields.error(line, TEAMS, player.toString(), "'" + player + "' is not a player id",
                    "a string or a number", "bad value");
        }
        return player.asText();
    }

    /** The ranks given, or the ranks the scores give. */
    private List<Integer> ranks(long line, ObjectNode object, int teamCount) {
        JsonNode ranks = object.get(RANKS);
        JsonNode scores = object.get(SCORES);
        if (!absent(ranks) && !absent(scores)) {
            throw fields.error(line, SCORES, null, "both 'ranks' and 'scores' are given", "one of them",
                    "ranks and scores");
        }
        if (absent(ranks) && absent(scores)) {
            throw fields.error(line, RANKS, null, "missing value",
                    "'ranks' (1 is best) or 'scores' (higher is better), one per team", "missing field");
        }
        boolean ranked = !absent(ranks);
        String field = ranked ? RANKS : SCORES;
        JsonNode values = ranked ? ranks : scores;
        String expected = ranked ? "one rank per team" : "one score per team";
        if (!values.isArray()) {
            throw fields.error(line, field, values.toString(), "'" + values + "' is not an array", expected,
                    "bad value");
        }
        if (values.size() != teamCount) {
            throw fields.error(line, field, values.toString(),
                    "has " + count(values.size(), "value") + " for " + teamCount + " teams", expected, "wrong count");
        }
        if (ranked) {
            List<Integer> result = new ArrayList<>();
            for (JsonNode rank : values) {
                double value = rank.isNumber() ? rank.doubleValue() : Double.NaN;
                if (!(value >= 1 && value <= Integer.MAX_VALUE && value == Math.rint(value))) {
                    throw fields.error(line, RANKS, rank.toString(), "'" + rank.asText(rank.toString())
                            + "' is not a rank", "a positive integer, 1 the best", "bad rank");
                }
                result.add((int) value);
            }
            return result;
        }
        List<Double> result = new ArrayList<>();
        for (JsonNode score : values) {
            if (score.isNumber() && Double.isFinite(score.doubleValue())) {
                result.add(score.doubleValue());
            } else if (score.isTextual()) {
                result.add(fields.score(line, SCORES, score.asText()));
            } else {
                throw fields.error(line, SCORES, score.toString(), "'" + score.asText(score.toString())
                        + "' is not a score", MatchFields.EXPECTED_SCORE, "bad score");
            }
        }
        return Match.ranksFromScores(result);
    }

    private Optional<List<List<Double>>> weights(long line, JsonNode node, List<List<String>> teams) {
        if (absent(node)) {
            return Optional.empty();
        }
        String expected = "one array of weights per team, each " + EXPECTED_WEIGHT;
        if (!node.isArray()) {
            throw fields.error(line, WEIGHTS, node.toString(), "'" + node + "' is not an array", expected,
                    "bad weights");
        }
        if (node.size() != teams.size()) {
            throw fields.error(line, WEIGHTS, node.toString(),
                    "has " + count(node.size(), "value") + " for " + teams.size() + " teams", expected, "bad weights");
        }
        List<List<Double>> weights = new ArrayList<>();
        for (int t = 0; t < teams.size(); t++) {
            JsonNode element = node.get(t);
            List<JsonNode> values = new ArrayList<>();
            if (element.isArray()) {
                element.forEach(values::add);
            } else {
                values.add(element);
            }
            int players = teams.get(t).size();
            if (values.size() != players) {
                throw fields.error(line, WEIGHTS, element.toString(),
                        "team " + (t + 1) + " has " + count(players, "player") + " but " + count(values.size(), "weight"),
                        "one weight per player", "bad weights");
            }
            List<Double> teamWeights = new ArrayList<>();
            for (JsonNode weight : values) {
                double value = weight.isNumber() ? weight.doubleValue() : Double.NaN;
                if (!(value >= 0 && value <= 1)) {
                    throw fields.error(line, WEIGHTS, weight.toString(), "'" + weight.asText(weight.toString())
                            + "' is not a weight in [0, 1]", EXPECTED_WEIGHT, "bad weight");
                }
                teamWeights.add(value);
            }
            weights.add(teamWeights);
        }
        return Optional.of(weights);
    }

    /** "1 team", "2 teams". */
    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull();
    }

    /** The text of a string or number value; "" when the key is absent or null. */
    private String scalar(long line, ObjectNode object, String key) {
        JsonNode value = object.get(key);
        if (absent(value)) {
            return "";
        }
        if (value.isTextual() || value.isNumber()) {
            return value.asText();
        }
        throw fields.error(line, key, value.toString(), "'" + value + "' is not a string or a number",
                "a string or a number", "bad value");
    }
}
