package dev.ordinal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.rating.Match;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchFilesTest {
    private static final String EXPECTED_TIME =
            "expected an ISO-8601 instant such as 2024-05-01T12:00:00Z, epoch seconds, or MM/dd/yyyy HH:mm:ss (UTC)";
    private static final String LONG_HEADER = "game_id,time,team,player,score\n";
    private static final String H2H_HEADER = "game_id,end_time,variant,player_a,player_b,score_a,score_b\n";

    @TempDir
    Path folder;

    private static LoadedMatches text(String name, String content, MatchReadOptions options) {
        return MatchFiles.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name, options);
    }

    private static LoadedMatches text(String name, String content) {
        return text(name, content, MatchReadOptions.defaults());
    }

    private static LoadedMatches fixture(String name) {
        return MatchFiles.read(Inputs.fixture(name), MatchReadOptions.defaults());
    }

    private static LoadedMatches skipping(String name, String content) {
        return text(name, content, MatchReadOptions.defaults().withSkipInvalid(true));
    }

    private static void fails(String name, String content, String message) {
        assertThatThrownBy(() -> text(name, content)).isInstanceOf(InputException.class).hasMessage(message);
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static Optional<Instant> at(String iso) {
        return Optional.of(Instant.parse(iso));
    }

    private static Match match(List<Match> matches, String id) {
        return matches.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    // ---- formats ----

    @Test
    void jsonLinesWithRanksScoresDrawsAndWeightsSortedByTime() {
        LoadedMatches loaded = fixture("matches-games.jsonl");
        List<Match> matches = loaded.matches();
        assertThat(matches).extracting(Match::id).containsExactly("g2", "line 4", "g1");
        Match g1 = match(matches, "g1");
        assertThat(g1.time()).isEqualTo(at("2024-05-01T12:00:00Z"));
        assertThat(g1.teams()).containsExactly(List.of("alice"), List.of("bob", "carol"));
        assertThat(g1.ranks()).containsExactly(1, 2);
        assertThat(g1.weights()).isEmpty();
        Match g2 = match(matches, "g2");
        assertThat(g2.time()).isEqualTo(Optional.of(Instant.ofEpochSecond(1_714_500_000L)));
        assertThat(g2.ranks()).as("scores 10, 7, 10: the two 10s draw for first").containsExactly(1, 3, 1);
        Match partial = match(matches, "line 4");
        assertThat(partial.teams()).as("a team may be one player id").containsExactly(List.of("alice"), List.of("dave"));
        assertThat(partial.ranks()).containsExactly(1, 1);
        assertThat(partial.weights()).contains(List.of(List.of(1.0), List.of(0.5)));
        assertThat(loaded.report()).isEqualTo(new ReadReport(Inputs.fixture("matches-games.jsonl"), 3, 3, 0, Map.of()));
    }

    @Test
    void partialPlayWeightsForTeams() {
        LoadedMatches loaded = text("w.jsonl",
                "{\"teams\": [[\"a\", \"b\"], [\"c\"]], \"ranks\": [2, 1], \"weights\": [[1, 0.25], 0]}\n");
        Match only = loaded.matches().get(0);
        assertThat(only.id()).isEqualTo("line 1");
        assertThat(only.time()).isEmpty();
        assertThat(only.weights()).contains(List.of(List.of(1.0, 0.25), List.of(0.0)));
    }

    @Test
    void longCsvGroupsConsecutiveRowsAndSumsTeamScores() {
        LoadedMatches loaded = fixture("matches-long.csv");
        assertThat(loaded.matches()).extracting(Match::id).as("by time: game 8 was earlier").containsExactly("8", "7");
        Match seven = match(loaded.matches(), "7");
        assertThat(seven.teams()).containsExactly(List.of("alice", "bob"), List.of("carol"));
        assertThat(seven.ranks()).as("red 3 + 2 = 5 beats blue 4").containsExactly(1, 2);
        assertThat(seven.time()).isEqualTo(at("2024-05-01T12:00:00Z"));
        Match eight = match(loaded.matches(), "8");
        assertThat(eight.teams()).containsExactly(List.of("alice"), List.of("carol", "dave"));
        assertThat(eight.ranks()).as("1 against 0.5 + 0.5 is a draw").containsExactly(1, 1);
        assertThat(loaded.report().records()).isEqualTo(6);
        assertThat(loaded.report().judgments()).isEqualTo(2);
    }

    @Test
    void longCsvAcceptsEndTimeAndNoTimeAtAll() {
        LoadedMatches withEndTime = text("t.csv", "game_id,end_time,variant,team,player,score\n"
                + "1,07/13/2004 17:02:13,Slayer,Team0,a,1\n1,07/13/2004 17:02:13,Slayer,Team1,b,2\n");
        assertThat(withEndTime.matches().get(0).time()).isEqualTo(at("2004-07-13T17:02:13Z"));
        assertThat(withEndTime.matches().get(0).ranks()).containsExactly(2, 1);
        LoadedMatches untimed = text("t.csv", "game_id,team,player,score\n2,x,a,1\n2,y,b,1\n1,x,a,0\n1,y,b,1\n");
        assertThat(untimed.matches()).extracting(Match::id).as("file order without times").containsExactly("2", "1");
        assertThat(untimed.matches().get(0).time()).isEmpty();
    }

    @Test
    void headToHeadRowsAreDuelsWithTheHigherScoreWinning() {
        LoadedMatches loaded = fixture("matches-head-to-head.csv");
        assertThat(loaded.matches()).extracting(Match::id).as("stable sort by time").containsExactly("2", "3", "1");
        Match one = match(loaded.matches(), "1");
        assertThat(one.teams()).containsExactly(List.of("a"), List.of("b"));
        assertThat(one.ranks()).containsExactly(2, 1);
        assertThat(one.time()).isEqualTo(at("2004-08-06T18:13:50Z"));
        assertThat(match(loaded.matches(), "2").ranks()).as("equal scores draw").containsExactly(1, 1);
        assertThat(match(loaded.matches(), "3").ranks()).as("-1 beats -2").containsExactly(1, 2);
    }

    @Test
    void arenaBattlesAreDuelsInFileOrderWhenATimeIsMissing() {
        LoadedMatches loaded = fixture("matches-arena.csv");
        assertThat(loaded.matches()).extracting(Match::id).containsExactly("line 2", "line 3", "line 4");
        assertThat(loaded.matches()).extracting(Match::ranks)
                .containsExactly(List.of(1, 2), List.of(1, 1), List.of(2, 1));
        assertThat(loaded.matches().get(0).time()).isEqualTo(Optional.of(Instant.ofEpochSecond(1_682_351_592L)));
        assertThat(loaded.matches().get(1).time()).isEmpty();
    }

    @Test
    void leftRightBattlesAndJsonBattles() {
        LoadedMatches leftRight = text("l.csv", "left,right,winner,worker\nx,y,right,w1\n");
        assertThat(leftRight.matches().get(0).ranks()).containsExactly(2, 1);
        LoadedMatches lines = text("b.jsonl", "{\"model_a\": \"x\", \"model_b\": \"y\", \"winner\": \"tie\", \"tstamp\": 5}\n");
        assertThat(lines.matches().get(0).ranks()).containsExactly(1, 1);
        assertThat(lines.matches().get(0).time()).isEqualTo(Optional.of(Instant.ofEpochSecond(5)));
        LoadedMatches array = text("b.json", "[{\"model_a\": \"x\", \"model_b\": \"y\", \"winner\": \"model_a\"},\n"
                + " {\"model_a\": \"y\", \"model_b\": \"z\", \"winner\": \"model_b\"}]");
        assertThat(array.matches()).extracting(Match::id).containsExactly("line 1", "line 2");
        LoadedMatches pinned = text("b.txt", "{\"left\": \"x\", \"right\": \"y\", \"winner\": \"left\"}\n",
                MatchReadOptions.defaults().withFormat(MatchFormat.PAIRWISE));
        assertThat(pinned.matches().get(0).ranks()).containsExactly(1, 2);
    }

    @Test
    void theExistingArenaFixturesReadAsDuels() {
        assertThat(fixture("arena.csv").matches()).hasSize(fixture("arena.jsonl").matches().size());
        assertThat(fixture("arena.json").matches()).isNotEmpty();
    }

    @Test
    void explicitFormatsOverrideTheExtension() {
        String games = "{\"teams\": [\"a\", \"b\"], \"ranks\": [1, 2]}\n";
        assertThat(text("games.txt", games, MatchReadOptions.defaults().withFormat(MatchFormat.JSONL)).matches())
                .hasSize(1);
        assertThat(text("games.txt", LONG_HEADER + "1,,x,a,1\n1,,y,b,2\n",
                MatchReadOptions.defaults().withFormat(MatchFormat.LONG_CSV)).matches()).hasSize(1);
        assertThatThrownBy(() -> text("h.csv", H2H_HEADER + "1,,Slayer,a,b,1,2\n",
                MatchReadOptions.defaults().withFormat(MatchFormat.LONG_CSV)))
                .hasMessage("h.csv:1: column 'team' is not in the header [game_id, end_time, variant, player_a, player_b,"
                        + " score_a, score_b]; expected a header with game_id, team, player, score and optionally time"
                        + " or end_time");
        assertThatThrownBy(() -> text("t.csv", LONG_HEADER + "1,,x,a,1\n",
                MatchReadOptions.defaults().withFormat(MatchFormat.PAIRWISE)))
                .hasMessage("t.csv:1: cannot tell which columns hold the matches from the header [game_id, time, team,"
                        + " player, score]; expected player_a, player_b, score_a, score_b (head-to-head), model_a,"
                        + " model_b, winner (arena battles) or left, right, winner (LLMFAO)");
    }

    @ParameterizedTest
    @CsvSource({"auto, AUTO", "JSONL, JSONL", "long-csv, LONG_CSV", " pairwise , PAIRWISE"})
    void formatLabels(String label, MatchFormat format) {
        assertThat(MatchFormat.fromLabel(label)).isEqualTo(format);
        assertThat(MatchFormat.fromLabel(format.label())).isEqualTo(format);
    }

    @Test
    void unknownFormatLabel() {
        assertThatThrownBy(() -> MatchFormat.fromLabel("xml"))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("input-format"))
                .hasMessage("input-format must be one of auto, jsonl, long-csv, pairwise, got 'xml'");
    }

    // ---- inputs ----

    @Test
    void gzipIsUndoneWhateverTheName() throws IOException {
        Path jsonl = folder.resolve("games.jsonl.gz");
        Files.write(jsonl, gzip(Files.readString(Path.of(Inputs.fixture("matches-games.jsonl")))));
        assertThat(MatchFiles.read(jsonl.toString(), MatchReadOptions.defaults()).matches()).hasSize(3);
        Path csv = folder.resolve("long.csv");
        Files.write(csv, gzip(Files.readString(Path.of(Inputs.fixture("matches-long.csv")))));
        assertThat(MatchFiles.read(csv.toString(), MatchReadOptions.defaults()).matches()).hasSize(2);
    }

    @Test
    void standardInputByDashAndByStream() throws IOException {
        String games = Files.readString(Path.of(Inputs.fixture("matches-games.jsonl")));
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(gzip(games)));
            LoadedMatches loaded = MatchFiles.read("-", MatchReadOptions.defaults());
            assertThat(loaded.report().source()).isEqualTo("<stdin>");
            assertThat(loaded.matches()).hasSize(3);
        } finally {
            System.setIn(saved);
        }
        String longCsv = Files.readString(Path.of(Inputs.fixture("matches-long.csv")));
        assertThat(text("<stdin>", longCsv).matches()).hasSize(2);
        assertThat(text("<stdin>", Files.readString(Path.of(Inputs.fixture("matches-head-to-head.csv")))).matches())
                .hasSize(3);
        assertThat(text("<stdin>", games).matches()).hasSize(3);
    }

    @Test
    void missingFile() {
        String path = folder.resolve("absent.jsonl").toString();
        assertThatThrownBy(() -> MatchFiles.read(path, MatchReadOptions.defaults()))
                .isInstanceOf(InputException.class).hasMessage(path + ": no such file; expected a readable file");
    }

    // ---- errors: JSON Lines ----

    @Test
    void wrongNumberOfRanks() {
        String good = "{\"teams\": [\"a\", \"b\"], \"ranks\": [1, 2]}\n";
        fails("games.jsonl", good + good + "{\"teams\": [[\"alice\"], [\"bob\"]], \"ranks\": [1, 2, 3]}\n",
                "games.jsonl:3: field 'ranks': has 3 values for 2 teams; expected one rank per team");
        fails("games.jsonl", "{\"teams\": [[\"alice\"], [\"bob\"]], \"scores\": [1]}\n",
                "games.jsonl:1: field 'scores': has 1 value for 2 teams; expected one score per team");
    }

    @Test
    void jsonLineErrors() {
        fails("g.jsonl", "{\"teams\": [[\"a\", \"b\"], [\"b\"]], \"ranks\": [1, 2]}",
                "g.jsonl:1: field 'teams': player 'b' is in teams 1 and 2; expected each player in one team");
        fails("g.jsonl", "{\"teams\": [[\"a\", \"a\"], [\"b\"]], \"ranks\": [1, 2]}",
                "g.jsonl:1: field 'teams': player 'a' is listed twice in team 1; expected each player once in a game");
        fails("g.jsonl", "{\"teams\": [[\"a\"]], \"ranks\": [1]}",
                "g.jsonl:1: field 'teams': has 1 team; expected at least two teams");
        fails("g.jsonl", "{\"teams\": [[\"a\"], []], \"ranks\": [1, 2]}",
                "g.jsonl:1: field 'teams': team 2 is empty; expected at least one player in every team");
        fails("g.jsonl", "{\"teams\": [[\"a\"], [{}]], \"ranks\": [1, 2]}",
                "g.jsonl:1: field 'teams': '{}' is not a player id; expected a string or a number");
        fails("g.jsonl", "{\"teams\": \"a\", \"ranks\": [1, 2]}",
                "g.jsonl:1: field 'teams': '\"a\"' is not an array; expected an array of teams, each an array of player ids");
        fails("g.jsonl", "{\"ranks\": [1, 2]}",
                "g.jsonl:1: field 'teams': missing value; expected an array of teams, each an array of player ids");
        fails("g.jsonl", "{\"teams\": [\"a\", \"b\"], \"scores\": [1, \"x\"]}",
                "g.jsonl:1: field 'scores': 'x' is not a score; expected a finite number (higher is better)");
        fails("g.jsonl", "{\"teams\": [\"a\", \"b\"], \"scores\": [1, true]}",
                "g.jsonl:1: field 'scores': 'true' is not a score; expected a finite number (higher is better)");
        fails("g.jsonl", "{\"teams\": [\"a\", \"b\"], \"ranks\": [1, 0]}",
                "g.jsonl:1: field 'ranks': '0' is not a rank; expected a positive integer, 1 the best");
        fails("g.jsonl", "{\"teams\": [\"a\", \"b\"], \"ranks\": [1, 1.5]}",
                "g.jsonl:1: field 'ranks': '1.5' is not a rank; expected a positive integer, 1 the best");
        fails("g.jsonl", "{\"teams\": [\"a\", \"b\"], \"ranks\": [1, 2], \"scores\": [2, 1]}",
                "g.jsonl:1: field 'scores': both 'ranks' and 'scores' are given; expected one of them");
        fails("g.jsonl", "{\"teams\": [\"a\", \"b\"]}",
                "g.jsonl:1: field 'ranks': missing value; expected 'ranks' (1 is best) or 'scores' (higher is better),"
                        + " one per team");
        fails("g.jsonl", "{\"time\": \"yesterday\", \"teams\": [\"a\", \"b\"], \"ranks\": [1, 2]}",
                "g.jsonl:1: field 'time': 'yesterday' is not a time; " + EXPECTED_TIME);
        fails("g.jsonl", "{\"id\": [1], \"teams\": [\"a\", \"b\"], \"ranks\": [1, 2]}",
                "g.jsonl:1: field 'id': '[1]' is not a string or a number; expected a string or a number");
        fails("g.jsonl", "{\"teams\": [\"a\", \"b\"], \"ranks\": [1, 2], \"weights\": [1, 1.5]}",
                "g.jsonl:1: field 'weights': '1.5' is not a weight in [0, 1]; expected a number from 0 (did not play)"
                        + " to 1 (played the whole game)");
        fails("g.jsonl", "{\"teams\": [[\"a\", \"c\"], \"b\"], \"ranks\": [1, 2], \"weights\": [[1], [1]]}",
                "g.jsonl:1: field 'weights': team 1 has 2 players but 1 weight; expected one weight per player");
        fails("g.jsonl", "{\"teams\": [\"a\", \"b\"], \"ranks\": [1, 2], \"weights\": [1]}",
                "g.jsonl:1: field 'weights': has 1 value for 2 teams; expected one array of weights per team, each a"
                        + " number from 0 (did not play) to 1 (played the whole game)");
        fails("g.jsonl", "{\"teams\": [\"a\", \"b\"], \"ranks\": [1, 2]}\n{\"teams\": ",
                "g.jsonl:2: malformed JSON (Unexpected end-of-input within/between Object entries); expected one JSON object per line");
        fails("g.jsonl", "[1, 2]\n", "g.jsonl:1: the record is not a JSON object; expected a JSON object");
    }

    @Test
    void noMatches() {
        fails("g.jsonl", "", "g.jsonl: no matches found");
        fails("g.jsonl", "\n\n", "g.jsonl: no matches found");
        fails("g.csv", "", "g.csv: no matches found");
        fails("g.csv", LONG_HEADER, "g.csv: no matches found");
        assertThatThrownBy(() -> skipping("g.jsonl", "{\"teams\": [\"a\"], \"ranks\": [1]}\n"))
                .hasMessage("g.jsonl: no matches found (1 skipped: {one team=1})")
                .satisfies(e -> assertThat(((InputException) e).reason()).isEqualTo("no matches"));
    }

    // ---- errors: long CSV ----

    @Test
    void aGameWhoseRowsAreNotConsecutive() {
        fails("t.csv", LONG_HEADER + "7,,x,a,1\n7,,y,b,1\n8,,x,a,1\n8,,y,b,2\n7,,x,c,1\n7,,y,d,1\n",
                "t.csv:6: field 'game_id': game '7' reappears after its rows at lines 2-3; expected the rows of each"
                        + " game on consecutive lines");
    }

    @Test
    void longCsvErrors() {
        fails("t.csv", LONG_HEADER + "7,,red,a,1\n7,,red,b,1\n8,,x,c,1\n8,,y,d,1\n",
                "t.csv:2: field 'team': game '7' has 1 team ('red'); expected at least two teams");
        fails("t.csv", LONG_HEADER + "7,,red,a,1\n7,,blue,a,1\n",
                "t.csv:3: field 'player': player 'a' is in teams 'red' and 'blue' of game '7'; expected each player in"
                        + " one team");
        fails("t.csv", LONG_HEADER + "7,,red,a,1\n7,,blue,b,2\n7,,red,a,1\n",
                "t.csv:4: field 'player': player 'a' is listed twice in team 'red' of game '7'; expected each player"
                        + " once in a game");
        fails("t.csv", LONG_HEADER + "7,,red,a,x\n7,,blue,b,2\n",
                "t.csv:2: field 'score': 'x' is not a score; expected a finite number (higher is better)");
        fails("t.csv", LONG_HEADER + "7,,red,a,\n7,,blue,b,2\n",
                "t.csv:2: field 'score': missing value; expected a finite number (higher is better)");
        fails("t.csv", LONG_HEADER + "7,,red,a,NaN\n7,,blue,b,2\n",
                "t.csv:2: field 'score': 'NaN' is not a score; expected a finite number (higher is better)");
        fails("t.csv", "game_id,end_time,team,player,score\n7,13/07/2004 17:02:13,red,a,1\n7,13/07/2004 17:02:13,b,b,2\n",
                "t.csv:2: field 'end_time': '13/07/2004 17:02:13' is not a time; " + EXPECTED_TIME);
        fails("t.csv", LONG_HEADER + "7,1,red,a,1\n7,2,blue,b,2\n",
                "t.csv:3: field 'time': '2' differs from '1' at line 2 of game '7'; expected one time for all rows of"
                        + " a game");
        fails("t.csv", LONG_HEADER + ",,red,a,1\n", "t.csv:2: field 'game_id': missing value; expected a game id");
        fails("t.csv", LONG_HEADER + "7,,,a,1\n7,,b,b,1\n", "t.csv:2: field 'team': missing value; expected a team name");
        fails("t.csv", LONG_HEADER + "7,,a,,1\n7,,b,b,1\n", "t.csv:2: field 'player': missing value; expected a player id");
        fails("t.csv", "game_id,team,player\n7,a,b\n",
                "t.csv:1: column 'score' is not in the header [game_id, team, player]; expected a header with game_id,"
                        + " team, player, score and optionally time or end_time");
        fails("t.csv", LONG_HEADER + "7,,a,b,\"1\n",
                "t.csv:2: malformed CSV (Missing closing quote for value); expected CSV as in RFC 4180");
    }

    @Test
    void unknownColumns() {
        fails("t.csv", "a,b,c\n1,2,3\n",
                "t.csv:1: cannot tell which columns hold the matches from the header [a, b, c]; expected game_id, team,"
                        + " player, score (one row per player per game), player_a, player_b, score_a, score_b"
                        + " (head-to-head), model_a, model_b, winner (arena battles) or left, right, winner (LLMFAO)");
    }

    // ---- errors: pairwise ----

    @Test
    void headToHeadErrors() {
        fails("h.csv", H2H_HEADER + "1,08/06/2004 18:13:50,Slayer,a,b,4,lots\n",
                "h.csv:2: field 'score_b': 'lots' is not a score; expected a finite number (higher is better)");
        fails("h.csv", H2H_HEADER + "1,08/06/2004 18:13:50,Slayer,a,a,4,8\n",
                "h.csv:2: field 'player_b': 'a' is the same item as field 'player_a'; expected two different items");
        fails("h.csv", H2H_HEADER + "1,08/06/2004 25:13:50,Slayer,a,b,4,8\n",
                "h.csv:2: field 'end_time': '08/06/2004 25:13:50' is not a time; " + EXPECTED_TIME);
        fails("h.csv", H2H_HEADER + "1,,Slayer,,b,4,8\n", "h.csv:2: field 'player_a': missing value; expected a player id");
    }

    @Test
    void battleErrors() {
        fails("a.csv", "model_a,model_b,winner\nx,y,lft\n",
                "a.csv:2: field 'winner': 'lft' is not a known outcome; expected one of model_a, model_b, tie, tie (bothbad)");
        fails("a.csv", "model_a,model_b,winner\nx,x,tie\n",
                "a.csv:2: field 'model_b': 'x' is the same item as field 'model_a'; expected two different items");
        fails("a.csv", "model_a,model_b,winner,tstamp\nx,y,tie,soon\n",
                "a.csv:2: field 'tstamp': 'soon' is not a time; " + EXPECTED_TIME);
        fails("a.jsonl", "{\"model_a\": \"x\", \"model_b\": \"y\", \"winner\": \"tie\"}\n"
                        + "{\"model_a\": \"x\", \"winner\": \"tie\"}\n",
                "a.jsonl:2: field 'model_b': missing value; expected an item id");
        assertThatThrownBy(() -> text("a.jsonl", "{\"x\": 1}\n", MatchReadOptions.defaults().withFormat(MatchFormat.PAIRWISE)))
                .hasMessage("a.jsonl:1: cannot tell which keys hold the battles from the keys [x]; expected model_a,"
                        + " model_b, winner (arena battles) or left, right, winner (LLMFAO)");
    }

    // ---- skipInvalid ----

    @Test
    void skipInvalidCountsReasonsInRecords() {
        LoadedMatches jsonl = skipping("g.jsonl", "{\"teams\": [\"a\", \"b\"], \"ranks\": [1, 2]}\n"
                + "{\"teams\": [\"a\"], \"ranks\": [1]}\n"
                + "{\"teams\": [\"a\", \"b\"], \"scores\": [1, \"x\"]}\n"
                + "not json\n"
                + "{\"teams\": [\"a\", \"b\"], \"ranks\": [2, 1]}\n");
        assertThat(jsonl.matches()).extracting(Match::id).containsExactly("line 1", "line 5");
        assertThat(jsonl.report()).isEqualTo(new ReadReport("g.jsonl", 5, 2, 3,
                Map.of("one team", 1L, "bad score", 1L, "malformed JSON", 1L)));

        LoadedMatches longCsv = skipping("t.csv", LONG_HEADER
                + "7,,red,a,1\n7,,red,b,x\n7,,blue,c,1\n"
                + "8,,red,a,1\n8,,blue,c,2\n"
                + "9,,red,a,1\n9,,red,b,1\n"
                + "7,,red,a,1\n7,,blue,c,1\n");
        assertThat(longCsv.matches()).extracting(Match::id).containsExactly("8");
        assertThat(longCsv.report()).isEqualTo(new ReadReport("t.csv", 9, 1, 7,
                Map.of("bad score", 3L, "one team", 2L, "game not consecutive", 2L)));

        LoadedMatches h2h = skipping("h.csv", H2H_HEADER + "1,,S,a,b,1,x\n2,,S,a,b,1,2\n3,,S,a,a,1,2\n");
        assertThat(h2h.matches()).extracting(Match::id).containsExactly("2");
        assertThat(h2h.report().skippedByReason()).isEqualTo(Map.of("bad score", 1L, "self-comparison", 1L));
    }

    // ---- examples/halo2 ----

    @Test
    void halo2HeadToHead() {
        LoadedMatches loaded = MatchFiles.read(Inputs.example("halo2/head_to_head.csv"), MatchReadOptions.defaults());
        List<Match> matches = loaded.matches();
        assertThat(loaded.report().records()).isEqualTo(6_028);
        assertThat(matches).hasSize(6_028);
        assertThat(matches.stream().filter(m -> m.ranks().equals(List.of(1, 2))).count()).isEqualTo(2_896);
        assertThat(matches.stream().filter(m -> m.ranks().equals(List.of(2, 1))).count()).isEqualTo(2_820);
        assertThat(matches.stream().filter(m -> m.ranks().equals(List.of(1, 1))).count()).isEqualTo(312);
        assertThat(matches.stream().flatMap(m -> m.teams().stream()).flatMap(List::stream).distinct().count())
                .isEqualTo(1_653);
        assertThat(matches.get(0).id()).isEqualTo("281884");
        assertThat(matches.get(0).time()).isEqualTo(at("2004-08-06T18:13:50Z"));
        assertThat(matches.get(matches.size() - 1).time()).isEqualTo(at("2004-08-09T23:11:15Z"));
    }

    @Test
    void halo2LargeTeams() {
        LoadedMatches loaded = MatchFiles.read(Inputs.example("halo2/large_team.csv"), MatchReadOptions.defaults());
        List<Match> matches = loaded.matches();
        assertThat(loaded.report().records()).isEqualTo(12_847);
        assertThat(matches).hasSize(972);
        assertThat(matches).allSatisfy(m -> assertThat(m.teams()).hasSize(2));
        assertThat(matches.stream().mapToLong(m -> m.teams().stream().mapToLong(List::size).sum()).sum())
                .isEqualTo(12_847);
        assertThat(matches.stream().filter(m -> m.ranks().equals(List.of(1, 1))).count()).isEqualTo(149);
        assertThat(matches.stream().flatMap(m -> m.teams().stream()).flatMap(List::stream).distinct().count())
                .isEqualTo(2_486);
        assertThat(matches.get(0).id()).isEqualTo("215385");
        assertThat(matches.get(0).time()).isEqualTo(at("2004-07-13T17:02:13Z"));
    }

    @Test
    void kWiseVotesInTheRankingsLayoutAreFreeForAlls() {
        LoadedMatches loaded = text("votes.jsonl", "{\"ranking\": [[\"x\"], [\"y\", \"z\"], [\"w\"]]}\n"
                + "{\"id\": \"v2\", \"ranking\": [\"w\", \"x\"]}\n");
        Match first = loaded.matches().get(0);
        assertThat(first.teams()).containsExactly(List.of("x"), List.of("y"), List.of("z"), List.of("w"));
        assertThat(first.ranks()).containsExactly(1, 2, 2, 3);
        assertThat(first.id()).isEqualTo("line 1");
        assertThat(loaded.matches().get(1).ranks()).containsExactly(1, 2);
        fails("votes.jsonl", "{\"ranking\": [[\"x\"], []]}\n",
                "votes.jsonl:1: field 'ranking': a tied group is empty; expected an array of items or of tied groups of items, best first");
    }
}
