package dev.ordinal.io;

import dev.ordinal.rating.Match;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads matches from CSV as RFC 4180 describes it, with a header row, in one streaming pass of
 * {@link CsvRows} (as {@link PairwiseCsvReader} does): either one row per player per
 * game ({@code game_id,time,team,player,score}, the rows of a game on consecutive lines), or one
 * two-player match per row (head-to-head scores, or arena / left-right battles whose columns
 * {@link PairwiseColumns#detect} finds). Only the columns a layout uses are turned into strings.
 */
final class MatchCsvReader {
    static final String GAME_ID = "game_id";
    static final String TEAM = "team";
    static final String PLAYER = "player";
    static final String SCORE = "score";
    static final String PLAYER_A = "player_a";
    static final String PLAYER_B = "player_b";
    static final String SCORE_A = "score_a";
    static final String SCORE_B = "score_b";
    /** Time columns in order of preference: {@code end_time} is what the Halo 2 data has. */
    private static final List<String> TIME_COLUMNS = List.of("time", "end_time");

    /** Which rows to expect: one per player per game, one per two-player match, or whichever the header shows. */
    enum Layout { LONG, PAIRWISE, DECIDE }

    /** What to do with the rows of one layout; {@code values} follow {@link #columns()}, "" when absent. */
    private interface Rows {
        List<String> columns();

        void row(long line, String[] values);

        void end();
    }

    private MatchCsvReader() {
    }

    static void read(InputStream in, Layout layout, MatchFields fields) {
        try (CsvRows csv = CsvRows.open(in, fields.tally())) {
            List<String> header = csv.header(fields::noMatches);
            Rows rows = rows(layout, header, csv.line(), fields);
            int[] slots = slots(rows.columns(), header);
            String[] values = new String[rows.columns().size()];
            while (csv.next(slots, values)) {
                rows.row(csv.line(), values);
            }
            rows.end();
        }
    }

    /** For each header position, the slot of the column in {@code wanted}, or -1. */
    private static int[] slots(List<String> wanted, List<String> header) {
        int[] slots = new int[header.size()];
        Arrays.fill(slots, -1);
        for (int slot = 0; slot < wanted.size(); slot++) {
            int index = wanted.get(slot).isEmpty() ? -1 : header.indexOf(wanted.get(slot));
            if (index >= 0 && slots[index] < 0) {
                slots[index] = slot;
            }
        }
        return slots;
    }

    private static Rows rows(Layout layout, List<String> header, long headerLine, MatchFields fields) {
        boolean longRows = header.contains(GAME_ID) && header.contains(TEAM) && header.contains(PLAYER);
        boolean headToHead = header.containsAll(List.of(PLAYER_A, PLAYER_B, SCORE_A, SCORE_B));
        if (layout == Layout.LONG || (layout == Layout.DECIDE && longRows)) {
            for (String column : List.of(GAME_ID, TEAM, PLAYER, SCORE)) {
                if (!header.contains(column)) {
                    throw fields.error(headerLine, null, column,
                            "column '" + column + "' is not in the header " + header,
                            "a header with game_id, team, player, score and optionally time or end_time",
                            "missing column");
                }
            }
            return new LongRows(fields, timeColumn(header));
        }
        if (headToHead) {
            return new HeadToHeadRows(fields, timeColumn(header));
        }
        Optional<PairwiseColumns> battles = PairwiseColumns.detect(header);
        if (battles.isPresent()) {
            return new BattleRows(fields, battles.get());
        }
        String expected = layout == Layout.PAIRWISE
                ? "player_a, player_b, score_a, score_b (head-to-head), model_a, model_b, winner (arena battles)"
                        + " or left, right, winner (LLMFAO)"
                : "game_id, team, player, score (one row per player per game), player_a, player_b, score_a,"
                        + " score_b (head-to-head), model_a, model_b, winner (arena battles) or left, right, winner"
                        + " (LLMFAO)";
        throw fields.error(headerLine, null, String.join(",", header),
                "cannot tell which columns hold the matches from the header " + header, expected, "unknown columns");
    }

    private static String timeColumn(List<String> header) {
        return TIME_COLUMNS.stream().filter(header::contains).findFirst().orElse(TIME_COLUMNS.get(0));
    }

    /** One row per player per game; a game ends where the game id changes. */
    private static final class LongRows implements Rows {
        private static final int ID = 0;
        private static final int TIME = 1;
        private static final int TEAM_SLOT = 2;
        private static final int PLAYER_SLOT = 3;
        private static final int SCORE_SLOT = 4;

        private final MatchFields fields;
        private final String timeColumn;
        /** Lines where each finished game's rows start and end, to name both when a game id comes back. */
        private final Map<String, long[]> finished = new HashMap<>();
        private final Map<String, List<String>> teamPlayers = new LinkedHashMap<>();
        private final Map<String, Double> teamScores = new HashMap<>();
        private final Map<String, String> teamOfPlayer = new HashMap<>();
        private String game = "";
        private long firstLine;
        private long lastLine;
        private long rowCount;
        private String timeText = "";
        private Optional<Instant> time = Optional.empty();
        private Optional<InputException> invalid = Optional.empty();

        LongRows(MatchFields fields, String timeColumn) {
            this.fields = fields;
            this.timeColumn = timeColumn;
        }

        @Override
        public List<String> columns() {
            return List.of(GAME_ID, timeColumn, TEAM, PLAYER, SCORE);
        }

        @Override
        public void row(long line, String[] values) {
            fields.tally().records(1);
            String id = values[ID];
            if (id.isEmpty()) {
                end();
                InputException missing =
                        fields.error(line, GAME_ID, null, "missing value", "a game id", "missing field");
                fields.tally().reject(missing, 1);
                return;
            }
            if (!id.equals(game)) {
                end();
                start(line, id);
            }
            lastLine = line;
            rowCount++;
            if (invalid.isEmpty()) {
                try {
                    add(line, values);
                } catch (InputException e) {
                    invalid = Optional.of(e);
                }
            }
        }

        private void start(long line, String id) {
            game = id;
            firstLine = line;
            rowCount = 0;
            teamPlayers.clear();
            teamScores.clear();
            teamOfPlayer.clear();
            timeText = "";
            time = Optional.empty();
            invalid = Optional.empty();
            long[] earlier = finished.get(id);
            if (earlier != null) {
                invalid = Optional.of(fields.error(line, GAME_ID, id, "game '" + id
                        + "' reappears after its rows at lines " + earlier[0] + "-" + earlier[1],
                        "the rows of each game on consecutive lines", "game not consecutive"));
            }
        }

        private void add(long line, String[] values) {
            String team = values[TEAM_SLOT];
            if (team.isEmpty()) {
                throw fields.error(line, TEAM, null, "missing value", "a team name", "missing field");
            }
            String player = fields.player(line, PLAYER, values[PLAYER_SLOT]);
            double score = fields.score(line, SCORE, values[SCORE_SLOT]);
            String rowTime = values[TIME];
            if (rowCount == 1) {
                timeText = rowTime;
                time = fields.time(line, timeColumn, rowTime);
            } else if (!rowTime.equals(timeText)) {
                throw fields.error(line, timeColumn, rowTime, "'" + rowTime + "' differs from '" + timeText
                        + "' at line " + firstLine + " of game '" + game + "'", "one time for all rows of a game",
                        "inconsistent time");
            }
            String earlierTeam = teamOfPlayer.putIfAbsent(player, team);
            if (earlierTeam != null) {
                if (earlierTeam.equals(team)) {
                    throw fields.error(line, PLAYER, player, "player '" + player + "' is listed twice in team '" + team
                            + "' of game '" + game + "'", "each player once in a game", "duplicate player");
                }
                throw fields.error(line, PLAYER, player, "player '" + player + "' is in teams '" + earlierTeam
                        + "' and '" + team + "' of game '" + game + "'", "each player in one team",
                        "player in two teams");
            }
            teamPlayers.computeIfAbsent(team, name -> new ArrayList<>()).add(player);
            teamScores.merge(team, score, Double::sum);
        }

        /** Finishes the game being read, if any. */
        @Override
        public void end() {
            if (game.isEmpty()) {
                return;
            }
            finished.put(game, new long[] {firstLine, lastLine});
            String id = game;
            game = "";
            try {
                if (invalid.isPresent()) {
                    throw invalid.get();
                }
                if (teamPlayers.size() < 2) {
                    throw fields.error(firstLine, TEAM, String.join(",", teamPlayers.keySet()), "game '" + id + "' has "
                            + teamPlayers.size() + " team ('" + String.join("', '", teamPlayers.keySet()) + "')",
                            "at least two teams", "one team");
                }
                List<Double> scores = teamPlayers.keySet().stream().map(teamScores::get).toList();
                fields.keep(new Match(id, time, List.copyOf(teamPlayers.values()), Match.ranksFromScores(scores),
                        Optional.empty()));
            } catch (InputException e) {
                fields.tally().reject(e, rowCount);
            }
        }
    }

    /** One two-player game per row, the higher score winning, equal scores a draw. */
    private static final class HeadToHeadRows implements Rows {
        private final MatchFields fields;
        private final String timeColumn;

        HeadToHeadRows(MatchFields fields, String timeColumn) {
            this.fields = fields;
            this.timeColumn = timeColumn;
        }

        @Override
        public List<String> columns() {
            return List.of(GAME_ID, timeColumn, PLAYER_A, PLAYER_B, SCORE_A, SCORE_B);
        }

        @Override
        public void row(long line, String[] values) {
            fields.tally().records(1);
            try {
                String a = fields.player(line, PLAYER_A, values[2]);
                String b = fields.player(line, PLAYER_B, values[3]);
                fields.distinct(line, PLAYER_A, PLAYER_B, a, b);
                double scoreA = fields.score(line, SCORE_A, values[4]);
                double scoreB = fields.score(line, SCORE_B, values[5]);
                Optional<Instant> time = fields.time(line, timeColumn, values[1]);
                String id = values[0].isEmpty() ? MatchFields.lineId(line) : values[0];
                fields.keep(Match.duel(id, time, a, b, scoreA > scoreB ? 1.0 : scoreA < scoreB ? 0.0 : 0.5));
            } catch (InputException e) {
                fields.tally().reject(e, 1);
            }
        }

        @Override
        public void end() {
        }
    }

    /** One battle per row, in file order. */
    private static final class BattleRows implements Rows {
        private final MatchFields fields;
        private final PairwiseColumns columns;

        BattleRows(MatchFields fields, PairwiseColumns columns) {
            this.fields = fields;
            this.columns = columns;
        }

        @Override
        public List<String> columns() {
            return List.of(columns.a(), columns.b(), columns.winner(), columns.time().orElse(""));
        }

        @Override
        public void row(long line, String[] values) {
            fields.tally().records(1);
            try {
                fields.keep(fields.battle(line, columns, values[0], values[1], values[2], values[3]));
            } catch (InputException e) {
                fields.tally().reject(e, 1);
            }
        }

        @Override
        public void end() {
        }
    }
}
